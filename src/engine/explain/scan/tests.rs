//! One test per sentence shape of the scan check, in both languages.

use crate::engine::cscse::scan::{FileType, Pixels, ScanFinding};
use crate::engine::explain::{file_type, scan_finding};
use crate::lang::Lang;

fn both(f: ScanFinding) -> (String, String) {
    (scan_finding(&f, Lang::En), scan_finding(&f, Lang::Zh))
}

#[test]
fn sizes_name_bytes_and_the_reading_of_a_megabyte() {
    let (en, zh) = both(ScanFinding::TooLarge {
        size: 1_048_577,
        limit_mb: 1,
    });
    assert_eq!(en, "Too large: 1,048,577 bytes, and the limit is 1 MB. Make it smaller than 1,000,000 bytes: scan at 150 to 200 dpi, or save the JPEG at a lower quality.");
    assert_eq!(zh, "文件过大：1,048,577 字节，上限为 1 MB。请压缩到 1,000,000 字节以下：以 150 至 200 dpi 扫描，或以较低质量保存 JPEG。");
    let (en, zh) = both(ScanFinding::OverDecimalLimit {
        size: 5_100_000,
        limit_mb: 5,
    });
    assert_eq!(en, "Close to the limit: 5,100,000 bytes is over 5 MB counted as 5,000,000 bytes, though not as 5,242,880 bytes. Make it smaller than 5,000,000 bytes to be safe.");
    assert_eq!(zh, "接近上限：5,100,000 字节，按 1 MB = 1,000,000 字节计已超过 5 MB（5,000,000 字节），按 1,048,576 字节计则未超过（5,242,880 字节）。为稳妥起见，请压缩到 5,000,000 字节以下。");
    let (en, zh) = both(ScanFinding::WithinLimit {
        size: 999,
        limit_mb: 1,
    });
    assert_eq!(
        en,
        "Size: 999 bytes, within the limit of 1 MB (1,000,000 bytes)."
    );
    assert_eq!(zh, "大小：999 字节，未超过 1 MB（1,000,000 字节）的上限。");
    let (en, zh) = both(ScanFinding::NoPublishedLimit { size: 200_000_000 });
    assert_eq!(
        en,
        "Size: 200,000,000 bytes. The published procedure gives no limit for this scan."
    );
    assert_eq!(
        zh,
        "大小：200,000,000 字节。公布的流程未规定此扫描件的大小上限。"
    );
    let (en, zh) = both(ScanFinding::Empty);
    assert!(en.starts_with("This file is empty (0 bytes)"));
    assert!(zh.starts_with("该文件为空（0 字节）"));
}

#[test]
fn types_are_named_with_how_to_convert() {
    let (en, zh) = both(ScanFinding::WrongType {
        actual: FileType::Heic,
    });
    assert!(en.starts_with("This is an HEIC photo (the format iPhones and many Android phones save in), which the upload does not take. Convert it to JPEG"));
    assert!(zh.starts_with(
        "这是HEIC 照片（苹果手机和许多安卓手机保存照片的格式），上传不接受此类文件。请转换为 JPEG"
    ));
    let (en, zh) = both(ScanFinding::WrongType {
        actual: FileType::Docx,
    });
    assert_eq!(en, "This is a Word document, which the upload does not take. This is not a scan. Print and sign the document, then scan or photograph it; or, if it needs no signature, open it and save it as PDF.");
    assert!(zh.contains("Word 文档"));
    let (en, _) = both(ScanFinding::WrongType {
        actual: FileType::Unknown,
    });
    assert_eq!(en, "This is a file that is not a JPEG, PNG or PDF, which the upload does not take. Scan or photograph the page again and save it as JPEG or PDF.");
    let (en, zh) = both(ScanFinding::MisleadingExtension {
        ext: "jpg".into(),
        actual: FileType::Pdf,
    });
    assert_eq!(en, "Its name ends in .jpg, but it is a PDF document. Rename it to end in .pdf so that the site reads it correctly.");
    assert_eq!(
        zh,
        "文件名以 .jpg 结尾，但它实际是PDF 文档。请将文件名改为以 .pdf 结尾，以便网站正确识别。"
    );
    let (en, zh) = both(ScanFinding::PhotoNotImage);
    assert!(en.contains("the passport photo must be an image"));
    assert!(zh.contains("护照照片必须是图片"));
    let (en, zh) = both(ScanFinding::Accepted {
        actual: FileType::Jpeg,
    });
    assert_eq!(en, "Type: a JPEG image, which the upload takes.");
    assert_eq!(zh, "类型：JPEG 图片，上传接受此类文件。");
    for t in [
        FileType::Png,
        FileType::Avif,
        FileType::Webp,
        FileType::Gif,
        FileType::Bmp,
        FileType::Tiff,
        FileType::OfficeDocument,
        FileType::LegacyOffice,
        FileType::Zip,
    ] {
        assert!(!file_type(t, Lang::En).is_empty() && !file_type(t, Lang::Zh).is_empty());
    }
}

#[test]
fn pixels_say_when_the_orientation_turned_them() {
    let p = |orientation| Pixels {
        width: 600,
        height: 800,
        orientation,
    };
    let (en, zh) = both(ScanFinding::PixelsFine { pixels: p(1) });
    assert_eq!(en, "Image size: 600 x 800 pixels.");
    assert_eq!(zh, "图片尺寸：600 × 800 像素。");
    let (en, zh) = both(ScanFinding::TooSmall {
        pixels: p(6),
        min_side: 800,
    });
    assert_eq!(en, "Only 600 x 800 pixels as the photo is shown (turned by its orientation tag): at fewer than 800 pixels on its shorter side, small print may not be legible. Scan it again at 150 dpi or more.");
    assert_eq!(zh, "仅 600 × 800 像素（已按照片的方向标记旋转）：短边不足 800 像素，小字可能无法辨认。请以 150 dpi 或更高分辨率重新扫描。");
    let (en, zh) = both(ScanFinding::PixelsUnknown);
    assert!(en.starts_with("Its size in pixels could not be read"));
    assert!(zh.starts_with("无法读取该图片的像素尺寸"));
}
