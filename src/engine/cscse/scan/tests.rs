use super::*;

/// A JPEG's start: SOI, an optional EXIF block with an orientation, padding segments, and a baseline
/// frame header of `width` x `height`.
fn jpeg(width: u16, height: u16, orientation: Option<(u16, bool)>, padding: usize) -> Vec<u8> {
    let mut b = vec![0xFF, 0xD8];
    if let Some((o, big)) = orientation {
        let mut tiff: Vec<u8> = Vec::new();
        let w16 = |v: u16| {
            if big {
                v.to_be_bytes()
            } else {
                v.to_le_bytes()
            }
        };
        let w32 = |v: u32| {
            if big {
                v.to_be_bytes()
            } else {
                v.to_le_bytes()
            }
        };
        tiff.extend_from_slice(if big { b"MM" } else { b"II" });
        tiff.extend_from_slice(&w16(42));
        tiff.extend_from_slice(&w32(8));
        tiff.extend_from_slice(&w16(2));
        // An unrelated tag first (ImageWidth), then Orientation (SHORT, count 1).
        tiff.extend_from_slice(&w16(0x0100));
        tiff.extend_from_slice(&w16(3));
        tiff.extend_from_slice(&w32(1));
        tiff.extend_from_slice(&w16(640));
        tiff.extend_from_slice(&[0, 0]);
        tiff.extend_from_slice(&w16(0x0112));
        tiff.extend_from_slice(&w16(3));
        tiff.extend_from_slice(&w32(1));
        tiff.extend_from_slice(&w16(o));
        tiff.extend_from_slice(&[0, 0]);
        tiff.extend_from_slice(&w32(0));
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend_from_slice(&tiff);
        segment(&mut b, 0xE1, &app1);
    }
    for _ in 0..padding {
        segment(&mut b, 0xED, &[0x20; 60_000]);
    }
    segment(&mut b, 0xDB, &[0; 65]);
    let [h1, h0] = height.to_be_bytes();
    let [w1, w0] = width.to_be_bytes();
    segment(
        &mut b,
        0xC0,
        &[8, h1, h0, w1, w0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1],
    );
    segment(&mut b, 0xDA, &[1, 1, 0, 0, 0x3F, 0]);
    b
}

fn segment(b: &mut Vec<u8>, marker: u8, data: &[u8]) {
    b.extend_from_slice(&[0xFF, marker]);
    b.extend_from_slice(&u16::try_from(data.len() + 2).unwrap().to_be_bytes());
    b.extend_from_slice(data);
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    b.extend_from_slice(&width.to_be_bytes());
    b.extend_from_slice(&height.to_be_bytes());
    b.extend_from_slice(&[8, 2, 0, 0, 0]);
    b
}

fn heic() -> Vec<u8> {
    let mut b = vec![0, 0, 0, 24];
    b.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    b
}

fn docx() -> Vec<u8> {
    let mut b = b"PK\x03\x04\x14\0\x06\0".to_vec();
    b.extend_from_slice(&[0; 18]);
    b.extend_from_slice(b"[Content_Types].xml");
    b.extend_from_slice(&[0x55; 300]);
    b.extend_from_slice(b"PK\x03\x04word/document.xml");
    b
}

const PDF: &[u8] = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n";

fn sizes(c: &ScanCheck) -> &ScanFinding {
    &c.findings[0]
}

#[test]
fn a_limit_of_one_megabyte_at_and_around_each_boundary() {
    let head = jpeg(1200, 1600, None, 0);
    let at = |size| check(Scan::PassportPhoto, "photo.jpg", size, &head);
    assert_eq!(
        sizes(&at(1_000_000)),
        &ScanFinding::WithinLimit {
            size: 1_000_000,
            limit_mb: 1
        }
    );
    assert_eq!(
        sizes(&at(1_000_001)),
        &ScanFinding::OverDecimalLimit {
            size: 1_000_001,
            limit_mb: 1
        }
    );
    assert_eq!(at(1_000_001).severity(), Severity::Warning);
    assert_eq!(
        sizes(&at(1_048_576)),
        &ScanFinding::OverDecimalLimit {
            size: 1_048_576,
            limit_mb: 1
        }
    );
    assert_eq!(
        sizes(&at(1_048_577)),
        &ScanFinding::TooLarge {
            size: 1_048_577,
            limit_mb: 1
        }
    );
    assert_eq!(at(1_048_577).severity(), Severity::Problem);
    assert_eq!(at(999_999).severity(), Severity::Fine);
}

#[test]
fn the_consent_form_shares_the_photo_limit_and_the_diploma_has_five() {
    let c = |scan, size| sizes(&check(scan, "x.pdf", size, PDF)).clone();
    assert!(matches!(
        c(Scan::ConsentForm, 1_000_001),
        ScanFinding::OverDecimalLimit { limit_mb: 1, .. }
    ));
    assert!(matches!(
        c(Scan::Diploma, 5_000_000),
        ScanFinding::WithinLimit { limit_mb: 5, .. }
    ));
    assert!(matches!(
        c(Scan::Diploma, 5_000_001),
        ScanFinding::OverDecimalLimit { limit_mb: 5, .. }
    ));
    assert!(matches!(
        c(Scan::Diploma, 5_242_880),
        ScanFinding::OverDecimalLimit { limit_mb: 5, .. }
    ));
    assert!(matches!(
        c(Scan::Diploma, 5_242_881),
        ScanFinding::TooLarge { limit_mb: 5, .. }
    ));
    assert!(matches!(
        c(Scan::NameChange, 200_000_000),
        ScanFinding::NoPublishedLimit { size: 200_000_000 }
    ));
}

#[test]
fn an_empty_file_is_only_empty() {
    let c = check(Scan::Diploma, "diploma.pdf", 0, &[]);
    assert_eq!(c.findings, vec![ScanFinding::Empty]);
    assert_eq!(c.severity(), Severity::Problem);
}

#[test]
fn types_are_read_from_the_first_bytes() {
    assert_eq!(sniff(&jpeg(10, 10, None, 0)), FileType::Jpeg);
    assert_eq!(sniff(&png(10, 10)), FileType::Png);
    assert_eq!(sniff(PDF), FileType::Pdf);
    assert_eq!(sniff(b"\r\n\r\n%PDF-1.4"), FileType::Pdf);
    assert_eq!(sniff(&heic()), FileType::Heic);
    let mut avif = vec![0, 0, 0, 28];
    avif.extend_from_slice(b"ftypavif\0\0\0\0avifmif1miaf");
    assert_eq!(sniff(&avif), FileType::Avif);
    let mut mp4 = vec![0, 0, 0, 20];
    mp4.extend_from_slice(b"ftypisom\0\0\0\0isom");
    assert_eq!(sniff(&mp4), FileType::Unknown);
    assert_eq!(sniff(&docx()), FileType::Docx);
    assert_eq!(
        sniff(b"PK\x03\x04\x14\0\0\0xl/workbook.xml"),
        FileType::OfficeDocument
    );
    assert_eq!(
        sniff(b"PK\x03\x04\x14\0\0\0scans/diploma.jpg"),
        FileType::Zip
    );
    assert_eq!(
        sniff(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]),
        FileType::LegacyOffice
    );
    assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), FileType::Webp);
    assert_eq!(sniff(b"GIF89a\x01\0"), FileType::Gif);
    assert_eq!(sniff(b"II*\0\x08\0\0\0"), FileType::Tiff);
    assert_eq!(sniff(b"hello, world"), FileType::Unknown);
    assert_eq!(sniff(b""), FileType::Unknown);
    assert_eq!(sniff(&[0xFF, 0xD8]), FileType::Unknown);
}

#[test]
fn a_pdf_renamed_jpg_is_named_for_what_it_is() {
    let c = check(Scan::Diploma, "diploma.JPG", 40_000, PDF);
    assert_eq!(c.file_type, FileType::Pdf);
    assert!(c.findings.contains(&ScanFinding::MisleadingExtension {
        ext: "jpg".into(),
        actual: FileType::Pdf
    }));
    assert!(c.findings.contains(&ScanFinding::Accepted {
        actual: FileType::Pdf
    }));
    assert_eq!(c.severity(), Severity::Warning);
}

#[test]
fn a_pdf_cannot_be_the_passport_photo() {
    let c = check(Scan::PassportPhoto, "photo.pdf", 40_000, PDF);
    assert!(c.findings.contains(&ScanFinding::PhotoNotImage));
    assert_eq!(c.severity(), Severity::Problem);
}

#[test]
fn heic_and_word_files_are_refused_with_their_name() {
    let c = check(Scan::PassportPhoto, "IMG_0001.HEIC", 900_000, &heic());
    assert_eq!(
        c.findings,
        vec![
            ScanFinding::WithinLimit {
                size: 900_000,
                limit_mb: 1
            },
            ScanFinding::WrongType {
                actual: FileType::Heic
            },
        ]
    );
    let c = check(Scan::ConsentForm, "consent.pdf", 20_000, &docx());
    assert!(c.findings.contains(&ScanFinding::WrongType {
        actual: FileType::Docx
    }));
    // Renaming a Word file would not get it accepted: converting it is the one advice given.
    assert!(!c
        .findings
        .iter()
        .any(|f| matches!(f, ScanFinding::MisleadingExtension { .. })));
}

#[test]
fn an_iphone_photo_named_jpg_is_told_only_to_convert() {
    let c = check(Scan::PassportPhoto, "IMG_0001.jpg", 900_000, &heic());
    assert_eq!(
        c.findings,
        vec![
            ScanFinding::WithinLimit {
                size: 900_000,
                limit_mb: 1
            },
            ScanFinding::WrongType {
                actual: FileType::Heic
            },
        ]
    );
}

#[test]
fn an_unknown_type_says_nothing_about_its_ending() {
    let c = check(Scan::Diploma, "diploma.jpg", 100, b"not an image at all");
    assert_eq!(c.file_type, FileType::Unknown);
    assert!(c.findings.contains(&ScanFinding::WrongType {
        actual: FileType::Unknown
    }));
    assert!(!c
        .findings
        .iter()
        .any(|f| matches!(f, ScanFinding::MisleadingExtension { .. })));
}

#[test]
fn names_without_an_ending_are_not_misleading() {
    assert_eq!(extension("scan"), None);
    assert_eq!(extension(".jpg"), None);
    assert_eq!(extension("scan."), None);
    assert_eq!(extension("a.b.JPEG"), Some("jpeg".into()));
}

#[test]
fn jpeg_pixels_with_every_exif_orientation() {
    for (o, swapped) in [
        (1, false),
        (2, false),
        (3, false),
        (4, false),
        (5, true),
        (6, true),
        (7, true),
        (8, true),
    ] {
        for big in [true, false] {
            let p = jpeg_pixels(&jpeg(4000, 3000, Some((o, big)), 0)).unwrap();
            assert_eq!(p.orientation, o as u8);
            let expected = if swapped { (3000, 4000) } else { (4000, 3000) };
            assert_eq!((p.width, p.height), expected, "orientation {o}, big {big}");
        }
    }
}

#[test]
fn an_out_of_range_orientation_is_ignored() {
    let p = jpeg_pixels(&jpeg(4000, 3000, Some((9, false)), 0)).unwrap();
    assert_eq!((p.width, p.height, p.orientation), (4000, 3000, 1));
}

#[test]
fn a_frame_header_behind_large_segments_is_found_within_the_head() {
    let head = jpeg(2480, 3508, Some((1, true)), 6);
    assert!(head.len() > 360_000 && head.len() < HEAD_BYTES);
    let c = check(Scan::Diploma, "diploma.jpg", head.len() as u64, &head);
    assert_eq!(
        c.pixels,
        Some(Pixels {
            width: 2480,
            height: 3508,
            orientation: 1
        })
    );
    assert_eq!(c.severity(), Severity::Fine);
}

#[test]
fn a_truncated_jpeg_has_unknown_pixels_and_a_warning() {
    let head = jpeg(2480, 3508, None, 0);
    let cut = &head[..20];
    let c = check(Scan::Diploma, "diploma.jpg", 3_000_000, cut);
    assert_eq!(c.pixels, None);
    assert!(c.findings.contains(&ScanFinding::PixelsUnknown));
    assert_eq!(c.severity(), Severity::Warning);
}

#[test]
fn png_pixels_from_the_header() {
    let p = png_pixels(&png(800, 600)).unwrap();
    assert_eq!((p.width, p.height), (800, 600));
    assert_eq!(png_pixels(&png(0, 600)), None);
    assert_eq!(png_pixels(&png(800, 600)[..20]), None);
}

#[test]
fn small_images_are_warned_about_by_their_shorter_side() {
    let page = |w, h| check(Scan::Diploma, "d.png", 1000, &png(w, h));
    assert!(page(799, 2000).findings.contains(&ScanFinding::TooSmall {
        pixels: Pixels {
            width: 799,
            height: 2000,
            orientation: 1
        },
        min_side: MIN_PAGE_SIDE
    }));
    assert_eq!(page(800, 1131).severity(), Severity::Fine);
    let photo = |w, h| check(Scan::PassportPhoto, "p.jpg", 1000, &jpeg(w, h, None, 0));
    assert_eq!(photo(300, 400).severity(), Severity::Fine);
    assert_eq!(photo(299, 400).severity(), Severity::Warning);
    // A rotated photo is judged as it is displayed.
    let rotated = check(
        Scan::PassportPhoto,
        "p.jpg",
        1000,
        &jpeg(400, 299, Some((6, false)), 0),
    );
    assert_eq!(rotated.pixels.map(|p| p.width), Some(299));
    assert_eq!(rotated.severity(), Severity::Warning);
}

#[test]
fn garbage_after_a_magic_number_never_panics() {
    let mut seed: u32 = 7;
    for len in 0..400 {
        let mut bytes: Vec<u8> = (0..len)
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                (seed >> 16) as u8
            })
            .collect();
        for magic in [
            &[0xFF, 0xD8, 0xFF][..],
            b"\x89PNG\r\n\x1a\n",
            b"\0\0\0\x10ftyp",
            b"II*\0",
        ] {
            let n = magic.len().min(bytes.len());
            bytes[..n].copy_from_slice(&magic[..n]);
            let _ = check(Scan::Diploma, "x.jpg", len as u64, &bytes);
            let _ = exif_orientation(&bytes);
        }
    }
}
