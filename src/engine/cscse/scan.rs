//! The check of a scan before it is uploaded to CSCSE: its size against the published limit, its real
//! type from its first bytes, and an image's pixel size as it will be shown (EXIF orientation
//! applied). It reads only the first `HEAD_BYTES` of a file, so a file of any size is checked at once,
//! and it runs wherever the engine runs: nothing is sent anywhere.

use crate::engine::cscse::{Scan, PROCEDURE};

/// How much of a file the check reads: enough for a JPEG's EXIF block (at most 64 KiB per segment)
/// and its frame header behind a few such segments.
pub const HEAD_BYTES: usize = 512 * 1024;

/// A decimal megabyte. G11: a limit of "1 MB" is read as 1,000,000 bytes, the stricter reading; a
/// file between that and 1,048,576 bytes may pass one site and fail another, so it is warned about.
pub const MEGABYTE: u64 = 1_000_000;
pub const MEBIBYTE: u64 = 1_048_576;

/// G12: below this many pixels on its shorter side a scan of a page is under about 100 dots per inch
/// for A4, where small print blurs; a passport photo under 300 pixels wide cannot show a face clearly.
pub const MIN_PAGE_SIDE: u32 = 800;
pub const MIN_PHOTO_SIDE: u32 = 300;

/// What a file is, from its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileType {
    Jpeg,
    Png,
    Pdf,
    /// A HEIC or HEIF photo, as iPhones and many Android phones save them.
    Heic,
    Avif,
    Webp,
    Gif,
    Bmp,
    Tiff,
    /// A Word document (.docx).
    Docx,
    /// Another Office or OpenDocument file (.xlsx, .pptx, .odt...).
    OfficeDocument,
    /// An older Office document (.doc, .xls).
    LegacyOffice,
    Zip,
    Unknown,
}

impl FileType {
    /// G11: the types any scan upload takes. The published procedure names none, so a photo must be a
    /// JPEG or PNG image and a page may also be a PDF.
    pub fn accepted_for(self, scan: Scan) -> bool {
        match self {
            FileType::Jpeg | FileType::Png => true,
            FileType::Pdf => !scan.is_photo(),
            _ => false,
        }
    }

    /// The file-name endings that honestly name this type.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileType::Jpeg => &["jpg", "jpeg", "jpe", "jfif"],
            FileType::Png => &["png"],
            FileType::Pdf => &["pdf"],
            FileType::Heic => &["heic", "heif", "hif"],
            FileType::Avif => &["avif"],
            FileType::Webp => &["webp"],
            FileType::Gif => &["gif"],
            FileType::Bmp => &["bmp", "dib"],
            FileType::Tiff => &["tif", "tiff"],
            FileType::Docx => &["docx", "docm"],
            FileType::OfficeDocument => {
                &["xlsx", "xlsm", "pptx", "pptm", "odt", "ods", "odp", "odg"]
            }
            FileType::LegacyOffice => &["doc", "xls", "ppt"],
            FileType::Zip => &["zip"],
            FileType::Unknown => &[],
        }
    }

    /// The usual ending, for "rename it to .pdf".
    pub fn extension(self) -> Option<&'static str> {
        self.extensions().first().copied()
    }

    fn is_image(self) -> bool {
        matches!(self, FileType::Jpeg | FileType::Png)
    }
}

/// An image's size as it is displayed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pixels {
    pub width: u32,
    pub height: u32,
    /// The EXIF orientation (1-8) that was applied; 1 when there was none.
    pub orientation: u8,
}

impl Pixels {
    pub fn shorter_side(&self) -> u32 {
        self.width.min(self.height)
    }
}

/// One thing the check found; each is one message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScanFinding {
    /// 0 bytes: nothing was saved into the file.
    Empty,
    /// Over the limit on either reading of a megabyte.
    TooLarge {
        size: u64,
        limit_mb: u32,
    },
    /// Over `limit_mb` x 1,000,000 bytes but not over `limit_mb` x 1,048,576.
    OverDecimalLimit {
        size: u64,
        limit_mb: u32,
    },
    WithinLimit {
        size: u64,
        limit_mb: u32,
    },
    NoPublishedLimit {
        size: u64,
    },
    /// A type the upload does not take, with how to convert it.
    WrongType {
        actual: FileType,
    },
    /// A PDF picked as the passport photo.
    PhotoNotImage,
    /// The name's ending says one type, the bytes another.
    MisleadingExtension {
        ext: String,
        actual: FileType,
    },
    Accepted {
        actual: FileType,
    },
    TooSmall {
        pixels: Pixels,
        min_side: u32,
    },
    PixelsFine {
        pixels: Pixels,
    },
    /// An image whose size could not be read from its first bytes (damaged or unusual).
    PixelsUnknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Fine,
    Warning,
    Problem,
}

impl ScanFinding {
    pub fn severity(&self) -> Severity {
        match self {
            ScanFinding::Empty
            | ScanFinding::TooLarge { .. }
            | ScanFinding::WrongType { .. }
            | ScanFinding::PhotoNotImage => Severity::Problem,
            ScanFinding::OverDecimalLimit { .. }
            | ScanFinding::MisleadingExtension { .. }
            | ScanFinding::TooSmall { .. }
            | ScanFinding::PixelsUnknown => Severity::Warning,
            ScanFinding::WithinLimit { .. }
            | ScanFinding::NoPublishedLimit { .. }
            | ScanFinding::Accepted { .. }
            | ScanFinding::PixelsFine { .. } => Severity::Fine,
        }
    }
}

/// The check of one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScanCheck {
    pub scan: Scan,
    pub name: String,
    pub size: u64,
    pub file_type: FileType,
    pub pixels: Option<Pixels>,
    pub findings: Vec<ScanFinding>,
}

impl ScanCheck {
    /// The worst of its findings.
    pub fn severity(&self) -> Severity {
        self.findings
            .iter()
            .map(ScanFinding::severity)
            .max()
            .unwrap_or(Severity::Fine)
    }
}

/// Checks a file called `name` of `size` bytes whose first bytes are `head` (at most `HEAD_BYTES`
/// are looked at), picked as `scan`.
pub fn check(scan: Scan, name: &str, size: u64, head: &[u8]) -> ScanCheck {
    let head = &head[..head.len().min(HEAD_BYTES)];
    let mut findings = Vec::new();
    if size == 0 {
        return ScanCheck {
            scan,
            name: name.to_owned(),
            size,
            file_type: FileType::Unknown,
            pixels: None,
            findings: vec![ScanFinding::Empty],
        };
    }
    findings.push(size_finding(scan, size));
    let file_type = sniff(head);
    let type_found = type_finding(scan, file_type);
    // Renaming helps only a file the upload takes: for any other, converting it is the one advice.
    let renaming_helps = matches!(type_found, ScanFinding::Accepted { .. });
    findings.push(type_found);
    if let Some(ext) = extension(name).filter(|_| renaming_helps) {
        if !file_type.extensions().contains(&ext.as_str()) {
            findings.push(ScanFinding::MisleadingExtension {
                ext,
                actual: file_type,
            });
        }
    }
    let pixels = match file_type {
        FileType::Jpeg => jpeg_pixels(head),
        FileType::Png => png_pixels(head),
        _ => None,
    };
    if file_type.is_image() {
        findings.push(pixel_finding(scan, pixels));
    }
    ScanCheck {
        scan,
        name: name.to_owned(),
        size,
        file_type,
        pixels,
        findings,
    }
}

fn size_finding(scan: Scan, size: u64) -> ScanFinding {
    let Some(limit_mb) = PROCEDURE.limit_mb(scan) else {
        return ScanFinding::NoPublishedLimit { size };
    };
    let mb = u64::from(limit_mb);
    if size > mb * MEBIBYTE {
        ScanFinding::TooLarge { size, limit_mb }
    } else if size > mb * MEGABYTE {
        ScanFinding::OverDecimalLimit { size, limit_mb }
    } else {
        ScanFinding::WithinLimit { size, limit_mb }
    }
}

fn type_finding(scan: Scan, actual: FileType) -> ScanFinding {
    if actual.accepted_for(scan) {
        ScanFinding::Accepted { actual }
    } else if actual == FileType::Pdf {
        ScanFinding::PhotoNotImage
    } else {
        ScanFinding::WrongType { actual }
    }
}

fn pixel_finding(scan: Scan, pixels: Option<Pixels>) -> ScanFinding {
    let min_side = if scan.is_photo() {
        MIN_PHOTO_SIDE
    } else {
        MIN_PAGE_SIDE
    };
    match pixels {
        None => ScanFinding::PixelsUnknown,
        Some(p) if p.shorter_side() < min_side => ScanFinding::TooSmall {
            pixels: p,
            min_side,
        },
        Some(p) => ScanFinding::PixelsFine { pixels: p },
    }
}

/// The name's ending, lower-cased; `None` without one.
fn extension(name: &str) -> Option<String> {
    let (stem, ext) = name.rsplit_once('.')?;
    (!stem.is_empty() && !ext.is_empty()).then(|| ext.to_ascii_lowercase())
}

/// What the first bytes say the file is.
pub fn sniff(head: &[u8]) -> FileType {
    let starts = |magic: &[u8]| head.starts_with(magic);
    if starts(&[0xFF, 0xD8, 0xFF]) {
        FileType::Jpeg
    } else if starts(b"\x89PNG\r\n\x1a\n") {
        FileType::Png
    } else if find(&head[..head.len().min(1024)], b"%PDF-").is_some() {
        // A PDF may have a few bytes of junk before its header; readers accept up to 1 KiB.
        FileType::Pdf
    } else if head.len() >= 12 && &head[4..8] == b"ftyp" {
        iso_media(head)
    } else if head.len() >= 12 && starts(b"RIFF") && &head[8..12] == b"WEBP" {
        FileType::Webp
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        FileType::Gif
    } else if starts(b"BM") && head.len() >= 14 {
        FileType::Bmp
    } else if starts(b"II*\0") || starts(b"MM\0*") {
        FileType::Tiff
    } else if starts(b"PK\x03\x04") {
        zip_contents(head)
    } else if starts(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        FileType::LegacyOffice
    } else {
        FileType::Unknown
    }
}

/// An ISO media file: HEIC, AVIF, or something else (a video).
fn iso_media(head: &[u8]) -> FileType {
    let size = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
    let brands_end = size.min(head.len()).max(16);
    let brands: Vec<&[u8]> = std::iter::once(&head[8..12])
        .chain(head.get(16..brands_end).unwrap_or(&[]).chunks_exact(4))
        .collect();
    let has = |b: &[u8]| brands.contains(&b);
    if has(b"avif") || has(b"avis") {
        FileType::Avif
    } else if [
        &b"heic"[..],
        b"heix",
        b"hevc",
        b"hevx",
        b"heim",
        b"heis",
        b"mif1",
        b"msf1",
    ]
    .iter()
    .any(|b| has(b))
    {
        FileType::Heic
    } else {
        FileType::Unknown
    }
}

/// A ZIP archive, named by what its first entries hold: Office files keep their parts in folders
/// whose names appear in the local file headers near the start.
fn zip_contents(head: &[u8]) -> FileType {
    if find(head, b"word/").is_some() {
        FileType::Docx
    } else if find(head, b"xl/").is_some()
        || find(head, b"ppt/").is_some()
        || find(head, b"application/vnd.oasis.opendocument").is_some()
    {
        FileType::OfficeDocument
    } else {
        FileType::Zip
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn png_pixels(head: &[u8]) -> Option<Pixels> {
    if head.get(12..16)? != b"IHDR" {
        return None;
    }
    let width = u32::from_be_bytes(head.get(16..20)?.try_into().ok()?);
    let height = u32::from_be_bytes(head.get(20..24)?.try_into().ok()?);
    (width > 0 && height > 0).then_some(Pixels {
        width,
        height,
        orientation: 1,
    })
}

/// Walks a JPEG's marker segments up to its first frame header, taking the EXIF orientation on the
/// way; orientations 5 to 8 turn the image a quarter, so its width and height swap.
fn jpeg_pixels(head: &[u8]) -> Option<Pixels> {
    let mut orientation = 1;
    let mut pos = 2;
    loop {
        // Markers may be padded with any number of 0xFF bytes.
        while head.get(pos)? == &0xFF && head.get(pos + 1)? == &0xFF {
            pos += 1;
        }
        if head.get(pos)? != &0xFF {
            return None;
        }
        let marker = *head.get(pos + 1)?;
        pos += 2;
        if marker == 0x01 || (0xD0..=0xD7).contains(&marker) {
            continue;
        }
        if marker == 0xD9 || marker == 0xDA {
            return None;
        }
        let len = usize::from(u16::from_be_bytes([*head.get(pos)?, *head.get(pos + 1)?]));
        if len < 2 {
            return None;
        }
        let data = head.get(pos + 2..pos + len)?;
        if marker == 0xE1 && data.starts_with(b"Exif\0\0") {
            orientation = exif_orientation(&data[6..]).unwrap_or(1);
        }
        if is_frame_header(marker) {
            let height = u32::from(u16::from_be_bytes([*data.get(1)?, *data.get(2)?]));
            let width = u32::from(u16::from_be_bytes([*data.get(3)?, *data.get(4)?]));
            if width == 0 || height == 0 {
                return None;
            }
            let (width, height) = if orientation >= 5 {
                (height, width)
            } else {
                (width, height)
            };
            return Some(Pixels {
                width,
                height,
                orientation,
            });
        }
        pos += len;
    }
}

/// SOF0 to SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
fn is_frame_header(marker: u8) -> bool {
    (0xC0..=0xCF).contains(&marker) && !matches!(marker, 0xC4 | 0xC8 | 0xCC)
}

/// The Orientation tag (0x0112) of a TIFF block's first directory.
fn exif_orientation(tiff: &[u8]) -> Option<u8> {
    let big = match tiff.get(0..2)? {
        b"MM" => true,
        b"II" => false,
        _ => return None,
    };
    let u16_at = |at: usize| -> Option<u16> {
        let b = [*tiff.get(at)?, *tiff.get(at + 1)?];
        Some(if big {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        })
    };
    let u32_at = |at: usize| -> Option<u32> {
        let b: [u8; 4] = tiff.get(at..at + 4)?.try_into().ok()?;
        Some(if big {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        })
    };
    if u16_at(2)? != 42 {
        return None;
    }
    let ifd = usize::try_from(u32_at(4)?).ok()?;
    let count = usize::from(u16_at(ifd)?);
    (0..count).find_map(|i| {
        let entry = ifd + 2 + i * 12;
        if u16_at(entry)? != 0x0112 {
            return None;
        }
        let value = u16_at(entry + 8)?;
        (1..=8)
            .contains(&value)
            .then(|| u8::try_from(value).ok())
            .flatten()
    })
}

#[cfg(test)]
mod tests;
