//! 扫描件检查（中文）：每项发现一句话，并说明如何改正。

use crate::engine::cscse::scan::{FileType, Pixels, ScanFinding, MEBIBYTE, MEGABYTE};

fn bytes(n: u64) -> String {
    super::super::grouped(n)
}

pub fn file_type(t: FileType) -> &'static str {
    match t {
        FileType::Jpeg => "JPEG 图片",
        FileType::Png => "PNG 图片",
        FileType::Pdf => "PDF 文档",
        FileType::Heic => "HEIC 照片（苹果手机和许多安卓手机保存照片的格式）",
        FileType::Avif => "AVIF 图片",
        FileType::Webp => "WebP 图片",
        FileType::Gif => "GIF 图片",
        FileType::Bmp => "BMP 图片",
        FileType::Tiff => "TIFF 图片",
        FileType::Docx => "Word 文档",
        FileType::OfficeDocument => "Office 或 OpenDocument 文件（表格、演示文稿或文本）",
        FileType::LegacyOffice => "旧版 Office 文档（.doc 或 .xls）",
        FileType::Zip => "ZIP 压缩包",
        FileType::Unknown => "既不是 JPEG、PNG 也不是 PDF 的文件",
    }
}

fn convert(t: FileType) -> &'static str {
    match t {
        FileType::Heic => "请转换为 JPEG：在苹果手机上，将“设置 > 相机 > 格式”改为“兼容性最佳”后重新拍摄；在电脑上，用“预览”（Mac）或“照片”（Windows）打开后导出或另存为 JPEG。",
        FileType::Docx | FileType::OfficeDocument | FileType::LegacyOffice => "这不是扫描件。请打印并签字后扫描或拍照；如无需签字，打开后另存为 PDF。",
        FileType::Zip => "请解压后选择其中的扫描件。",
        FileType::Avif | FileType::Webp | FileType::Gif | FileType::Bmp | FileType::Tiff => "请用看图软件打开，另存或导出为 JPEG。",
        _ => "请重新扫描或拍摄该页，保存为 JPEG 或 PDF。",
    }
}

fn pixels(p: &Pixels) -> String {
    let turned = if p.orientation == 1 {
        ""
    } else {
        "（已按照片的方向标记旋转）"
    };
    format!("{} × {} 像素{turned}", p.width, p.height)
}

pub fn finding(f: &ScanFinding) -> String {
    match f {
        ScanFinding::Empty => "该文件为空（0 字节），其中没有保存任何内容。请重新保存或导出扫描件，再选择新文件。".into(),
        ScanFinding::TooLarge { size, limit_mb } => format!(
            "文件过大：{} 字节，上限为 {limit_mb} MB。请压缩到 {} 字节以下：以 150 至 200 dpi 扫描，或以较低质量保存 JPEG。",
            bytes(*size),
            bytes(u64::from(*limit_mb) * MEGABYTE)
        ),
        ScanFinding::OverDecimalLimit { size, limit_mb } => format!(
            "接近上限：{} 字节，按 1 MB = 1,000,000 字节计已超过 {limit_mb} MB（{} 字节），按 1,048,576 字节计则未超过（{} 字节）。为稳妥起见，请压缩到 {} 字节以下。",
            bytes(*size),
            bytes(u64::from(*limit_mb) * MEGABYTE),
            bytes(u64::from(*limit_mb) * MEBIBYTE),
            bytes(u64::from(*limit_mb) * MEGABYTE)
        ),
        ScanFinding::WithinLimit { size, limit_mb } => format!(
            "大小：{} 字节，未超过 {limit_mb} MB（{} 字节）的上限。",
            bytes(*size),
            bytes(u64::from(*limit_mb) * MEGABYTE)
        ),
        ScanFinding::NoPublishedLimit { size } => format!(
            "大小：{} 字节。公布的流程未规定此扫描件的大小上限。",
            bytes(*size)
        ),
        ScanFinding::WrongType { actual } => format!("这是{}，上传不接受此类文件。{}", file_type(*actual), convert(*actual)),
        ScanFinding::PhotoNotImage => "这是 PDF 文档，但护照照片必须是图片。请选择照片本身的 JPEG 文件，或将该页导出为 JPEG。".into(),
        ScanFinding::MisleadingExtension { ext, actual } => format!(
            "文件名以 .{ext} 结尾，但它实际是{}。请将文件名改为以 .{} 结尾，以便网站正确识别。",
            file_type(*actual),
            actual.extension().unwrap_or("jpg")
        ),
        ScanFinding::Accepted { actual } => format!("类型：{}，上传接受此类文件。", file_type(*actual)),
        ScanFinding::TooSmall { pixels: p, min_side } => format!(
            "仅 {}：短边不足 {min_side} 像素，小字可能无法辨认。请以 150 dpi 或更高分辨率重新扫描。",
            pixels(p)
        ),
        ScanFinding::PixelsFine { pixels: p } => format!("图片尺寸：{}。", pixels(p)),
        ScanFinding::PixelsUnknown => "无法读取该图片的像素尺寸，图片可能已损坏。请打开检查是否显示完整页面，或重新保存。".into(),
    }
}
