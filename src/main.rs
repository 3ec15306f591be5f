//! The browser entry point: mounts the app on the page's body.

fn main() {
    yew::Renderer::<transfer_check::app::App>::new().render();
}
