//! The scan check in English: one sentence per finding, with how to put a problem right.

use crate::engine::cscse::scan::{FileType, Pixels, ScanFinding, MEBIBYTE, MEGABYTE};

pub fn file_type(t: FileType) -> &'static str {
    match t {
        FileType::Jpeg => "a JPEG image",
        FileType::Png => "a PNG image",
        FileType::Pdf => "a PDF document",
        FileType::Heic => "an HEIC photo (the format iPhones and many Android phones save in)",
        FileType::Avif => "an AVIF image",
        FileType::Webp => "a WebP image",
        FileType::Gif => "a GIF image",
        FileType::Bmp => "a BMP image",
        FileType::Tiff => "a TIFF image",
        FileType::Docx => "a Word document",
        FileType::OfficeDocument => {
            "an Office or OpenDocument file (a spreadsheet, slides or text)"
        }
        FileType::LegacyOffice => "an older Office document (.doc or .xls)",
        FileType::Zip => "a ZIP archive",
        FileType::Unknown => "a file that is not a JPEG, PNG or PDF",
    }
}

/// How to turn a refused type into one the upload takes.
fn convert(t: FileType) -> &'static str {
    match t {
        FileType::Heic => "Convert it to JPEG: on an iPhone, set Settings > Camera > Formats to \"Most Compatible\" and take the photo again; on a computer, open it in Preview (Mac) or Photos (Windows) and export or save it as JPEG.",
        FileType::Docx | FileType::OfficeDocument | FileType::LegacyOffice => "This is not a scan. Print and sign the document, then scan or photograph it; or, if it needs no signature, open it and save it as PDF.",
        FileType::Zip => "Unpack the archive and pick the scan inside it.",
        FileType::Avif | FileType::Webp | FileType::Gif | FileType::Bmp | FileType::Tiff => "Open it in an image viewer and save or export it as JPEG.",
        _ => "Scan or photograph the page again and save it as JPEG or PDF.",
    }
}

fn bytes(n: u64) -> String {
    super::super::grouped(n)
}

fn pixels(p: &Pixels) -> String {
    let turned = if p.orientation == 1 {
        ""
    } else {
        " as the photo is shown (turned by its orientation tag)"
    };
    format!("{} x {} pixels{turned}", p.width, p.height)
}

pub fn finding(f: &ScanFinding) -> String {
    match f {
        ScanFinding::Empty => "This file is empty (0 bytes): nothing was saved into it. Save or export the scan again and pick the new file.".into(),
        ScanFinding::TooLarge { size, limit_mb } => format!(
            "Too large: {} bytes, and the limit is {limit_mb} MB. Make it smaller than {} bytes: scan at 150 to 200 dpi, or save the JPEG at a lower quality.",
            bytes(*size),
            bytes(u64::from(*limit_mb) * MEGABYTE)
        ),
        ScanFinding::OverDecimalLimit { size, limit_mb } => format!(
            "Close to the limit: {} bytes is over {limit_mb} MB counted as {} bytes, though not as {} bytes. Make it smaller than {} bytes to be safe.",
            bytes(*size),
            bytes(u64::from(*limit_mb) * MEGABYTE),
            bytes(u64::from(*limit_mb) * MEBIBYTE),
            bytes(u64::from(*limit_mb) * MEGABYTE)
        ),
        ScanFinding::WithinLimit { size, limit_mb } => format!(
            "Size: {} bytes, within the limit of {limit_mb} MB ({} bytes).",
            bytes(*size),
            bytes(u64::from(*limit_mb) * MEGABYTE)
        ),
        ScanFinding::NoPublishedLimit { size } => format!(
            "Size: {} bytes. The published procedure gives no limit for this scan.",
            bytes(*size)
        ),
        ScanFinding::WrongType { actual } => format!(
            "This is {}, which the upload does not take. {}",
            file_type(*actual),
            convert(*actual)
        ),
        ScanFinding::PhotoNotImage => "This is a PDF document, but the passport photo must be an image. Pick the photo's own JPEG file, or export the page as JPEG.".into(),
        ScanFinding::MisleadingExtension { ext, actual } => format!(
            "Its name ends in .{ext}, but it is {}. Rename it to end in .{} so that the site reads it correctly.",
            file_type(*actual),
            actual.extension().unwrap_or("jpg")
        ),
        ScanFinding::Accepted { actual } => format!("Type: {}, which the upload takes.", file_type(*actual)),
        ScanFinding::TooSmall { pixels: p, min_side } => format!(
            "Only {}: at fewer than {min_side} pixels on its shorter side, small print may not be legible. Scan it again at 150 dpi or more.",
            pixels(p)
        ),
        ScanFinding::PixelsFine { pixels: p } => format!("Image size: {}.", pixels(p)),
        ScanFinding::PixelsUnknown => "Its size in pixels could not be read: the image may be damaged. Open it to check that it shows the whole page, or save it again.".into(),
    }
}
