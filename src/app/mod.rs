//! The browser interface (filled by the foundation work).
