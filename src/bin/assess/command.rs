//! The command line of `assess`: its options, reading the files it is given, and printing.

use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use rayon::prelude::*;
use serde::Serialize;
use transfer_check::engine::case::{date::Date, validate, CaseFile, Course};
use transfer_check::engine::catalog::{self, Catalog};
use transfer_check::engine::{
    self, assessment::report, explain, transcript, CaseError, MEASURES_2023_046,
};
use transfer_check::lang::Lang;

use crate::summary;

const HELP: &str = "\
assess: checks transfer cases against the Measures [2023] (T) Appraisal No. 046

Usage: assess [OPTIONS] FILE...
       assess --catalog DIR --check

Each FILE is a case file (format transfer-check/case, version 1); `-` reads standard input.
With one file the assessment is printed as one JSON document; with several, one JSON line per
file (JSON Lines), each with a \"file\" field naming it. Invalid files are reported on stderr
as `FILE: path.to.field: message`, and in JSON Lines as a line with an \"errors\" list.

Options:
  --today YYYY-MM-DD   the date used for cases without \"assessed_on\" (default: today, UTC)
  --lang en|zh-CN      the language of the messages and errors (default: en)
  --courses TRANSCRIPT add the courses of a transcript (CSV, or tab-separated as a spreadsheet
                       copies it; header row in English or Chinese) to every case; a cell
                       that cannot be read exits 2 naming its line and column
  --catalog DIR        the programme catalogue (a folder of CSV files, docs/catalog.md): each
                       case is assessed in the programme it chose (program.catalog). It is
                       checked whole before any case is read, and a catalogue with any
                       problem exits 2 with every problem as `FILE:LINE:COLUMN: message`
  --check              with --catalog and no case file: check the catalogue alone and print
                       what it holds in one line
  --compact            print a single file's assessment on one line
  --summary            instead of assessments, one CSV row per file in the order given
                       (file, verdict, route, level, average, recognized_credits,
                       shortfall, documents_missing, deadline), UTF-8 with a byte-order
                       mark; a file that is not a valid case gets the verdict \"invalid\"
  -h, --help           print this help
  -V, --version        print the version and the policy applied

Exit status: 0 when every file was assessed (whatever its verdict) or the catalogue passes its
check, 2 when any file could not be read or is not a valid case file, the catalogue has a
problem, or the command line is wrong.

Example:
  assess examples/mainland-undergraduate.json
  assess --lang zh-CN cases/*.json > assessments.jsonl
  assess --courses transcript.csv case.json
  assess --catalog catalog --check
  assess --summary cases/*.json > summary.csv

Files are assessed on every core; the output keeps the order given.
";

struct Options {
    today: Date,
    lang: Lang,
    compact: bool,
    /// One CSV row per file instead of the assessments.
    summary: bool,
    /// The transcript whose courses are added to every case, as given on the command line.
    courses: Option<String>,
    /// The folder of the programme catalogue.
    catalog: Option<PathBuf>,
    files: Vec<String>,
}

enum Command {
    Run(Options),
    /// Check a catalogue alone.
    Check {
        catalog: PathBuf,
        lang: Lang,
    },
    Help,
    Version,
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut today = None;
    let mut lang = Lang::En;
    let mut compact = false;
    let mut summary = false;
    let mut courses = None;
    let mut catalog = None;
    let mut check = false;
    let mut files = Vec::new();
    let mut args = args.into_iter();
    let mut only_files = false;
    while let Some(arg) = args.next() {
        if only_files || arg == "-" || !arg.starts_with('-') {
            files.push(arg);
            continue;
        }
        match arg.as_str() {
            "--" => only_files = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--compact" => compact = true,
            "--summary" => summary = true,
            "--courses" => {
                courses = Some(args.next().ok_or("--courses needs a transcript file")?);
            }
            "--catalog" => {
                catalog = Some(PathBuf::from(
                    args.next().ok_or("--catalog needs a folder")?,
                ));
            }
            "--check" => check = true,
            "--today" => {
                let value = args.next().ok_or("--today needs a date (YYYY-MM-DD)")?;
                today =
                    Some(Date::parse(&value).ok_or_else(|| {
                        format!("--today: \"{value}\" is not a date (YYYY-MM-DD)")
                    })?);
            }
            "--lang" => {
                let value = args.next().ok_or("--lang needs en or zh-CN")?;
                lang = Lang::from_tag(&value)
                    .ok_or_else(|| format!("--lang: \"{value}\" is not en or zh-CN"))?;
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    if check {
        return match (catalog, files.is_empty()) {
            (Some(catalog), true) => Ok(Command::Check { catalog, lang }),
            (None, _) => Err("--check checks the catalogue of --catalog DIR".into()),
            (Some(_), false) => Err("--check takes no case file".into()),
        };
    }
    if files.is_empty() {
        return Err("no case file given".into());
    }
    Ok(Command::Run(Options {
        today: today.unwrap_or_else(today_utc),
        lang,
        compact,
        summary,
        courses,
        catalog,
        files,
    }))
}

/// The catalogue in `dir`, or every problem it has, each as `FILE:LINE:COLUMN: message`.
fn read_catalog(dir: &Path, lang: Lang) -> Result<Catalog, Vec<String>> {
    if !dir.is_dir() {
        return Err(vec![format!(
            "assess: --catalog {}: not a folder",
            dir.display()
        )]);
    }
    catalog::read::read_dir(dir).map_err(|e| {
        e.problems
            .iter()
            .map(|p| explain::catalog_problem(p, lang))
            .collect()
    })
}

fn today_utc() -> Date {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_unix_days(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// Why one file has no assessment.
enum Failure {
    Unreadable(String),
    Invalid(CaseError),
}

fn read(file: &str) -> Result<String, Failure> {
    let result = if file == "-" {
        let mut text = String::new();
        io::stdin().read_to_string(&mut text).map(|_| text)
    } else {
        std::fs::read_to_string(file)
    };
    result.map_err(|e| Failure::Unreadable(format!("cannot read the file: {e}")))
}

/// The transcript's courses, or every reason it cannot be used, each naming the file and, for a
/// cell, its line and column.
fn read_transcript(file: &str, lang: Lang) -> Result<Vec<Course>, Vec<String>> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| vec![format!("{file}: cannot read the file: {e}")])?;
    let parsed = transcript::parse(&text)
        .map_err(|e| vec![format!("{file}: {}", explain::transcript_error(&e, lang))])?;
    if parsed.problems.is_empty() {
        return Ok(parsed.courses);
    }
    Err(parsed
        .problems
        .iter()
        .map(|p| format!("{file}: {}", explain::transcript_problem(p, lang)))
        .collect())
}

/// What every case of a run is read with: the courses of a transcript, added after its own, and
/// the catalogue its programme is looked up in.
struct Shared {
    courses: Vec<Course>,
    catalog: Option<Catalog>,
}

/// A case file read and checked, with the shared courses after its own, and against the catalogue.
fn case_with(
    text: &str,
    shared: &Shared,
    today: Date,
) -> Result<engine::case::model::Case, CaseError> {
    let mut file: CaseFile = validate::read(text)?;
    file.courses.extend_from_slice(&shared.courses);
    validate::check_with(&file, today, shared.catalog.as_ref())
}

fn assess_one<W: Write>(
    out: &mut W,
    file: &str,
    opts: &Options,
    shared: &Shared,
    tagged: bool,
) -> io::Result<Option<Failure>> {
    let case = match read(file)
        .and_then(|text| case_with(&text, shared, opts.today).map_err(Failure::Invalid))
    {
        Ok(case) => case,
        Err(failure) => {
            if opts.summary {
                out.write_all(&summary::line(&summary::invalid_row(file)))?;
            } else if tagged {
                write_failure_line(out, file, &failure, opts.lang)?;
            }
            return Ok(Some(failure));
        }
    };
    let assessment = engine::assess(&case, &MEASURES_2023_046, shared.catalog.as_ref());
    if opts.summary {
        out.write_all(&summary::line(&summary::row(file, &case, &assessment)))?;
        return Ok(None);
    }
    let report = report::report(&assessment, opts.lang);
    if tagged {
        serde_json::to_writer(
            &mut *out,
            &Tagged {
                file,
                report: &report,
            },
        )?;
    } else if opts.compact {
        serde_json::to_writer(&mut *out, &report)?;
    } else {
        serde_json::to_writer_pretty(&mut *out, &report)?;
    }
    out.write_all(b"\n")?;
    Ok(None)
}

#[derive(Serialize)]
struct Tagged<'a, T> {
    file: &'a str,
    #[serde(flatten)]
    report: &'a T,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    file: &'a str,
    errors: Vec<ErrorOut<'a>>,
}

#[derive(Serialize)]
struct ErrorOut<'a> {
    path: &'a str,
    message: String,
}

fn write_failure_line<W: Write>(
    out: &mut W,
    file: &str,
    failure: &Failure,
    lang: Lang,
) -> io::Result<()> {
    let errors = match failure {
        Failure::Unreadable(message) => vec![ErrorOut {
            path: "",
            message: message.clone(),
        }],
        Failure::Invalid(e) => e
            .errors
            .iter()
            .map(|e| ErrorOut {
                path: &e.path,
                message: explain::problem(&e.problem, lang),
            })
            .collect(),
    };
    serde_json::to_writer(&mut *out, &ErrorLine { file, errors })?;
    out.write_all(b"\n")
}

fn report_failure(file: &str, failure: &Failure, lang: Lang) {
    let name = if file == "-" { "<stdin>" } else { file };
    match failure {
        Failure::Unreadable(message) => eprintln!("{name}: {message}"),
        Failure::Invalid(e) => {
            for error in &e.errors {
                let message = explain::problem(&error.problem, lang);
                match error.path.as_str() {
                    "" => eprintln!("{name}: {message}"),
                    path => eprintln!("{name}: {path}: {message}"),
                }
            }
        }
    }
}

/// What one file gave: its output, and why it has no assessment, if it has none.
struct Done {
    output: Vec<u8>,
    failure: Option<Failure>,
}

/// How many files are assessed before their output is written: enough to keep every core busy,
/// few enough that the output of thousands of files is not all held at once.
const BATCH: usize = 512;

fn run(opts: &Options, shared: &Shared) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let tagged = opts.files.len() > 1;
    if opts.summary {
        out.write_all(summary::BOM.as_bytes())?;
        out.write_all(&summary::line(&summary::HEADER.map(str::to_owned)))?;
    }
    let mut all_valid = true;
    for batch in opts.files.chunks(BATCH) {
        // Assessed on every core; `collect` keeps the order the files were given in.
        let done: Vec<io::Result<Done>> = batch
            .par_iter()
            .map(|file| {
                let mut output = Vec::new();
                let failure = assess_one(&mut output, file, opts, shared, tagged)?;
                Ok(Done { output, failure })
            })
            .collect();
        for (file, done) in batch.iter().zip(done) {
            let done = done?;
            out.write_all(&done.output)?;
            if let Some(failure) = done.failure {
                report_failure(file, &failure, opts.lang);
                all_valid = false;
            }
        }
    }
    out.flush()?;
    Ok(all_valid)
}

/// Says every reason the run cannot go on, on stderr, and exits 2.
fn fail(reasons: &[String]) -> ExitCode {
    for reason in reasons {
        eprintln!("{reason}");
    }
    ExitCode::from(2)
}

pub fn main() -> ExitCode {
    let opts = match parse_args(std::env::args().skip(1)) {
        Ok(Command::Run(opts)) => opts,
        Ok(Command::Check { catalog, lang }) => {
            return match read_catalog(&catalog, lang) {
                Ok(read) => {
                    let counts = explain::catalog_summary(&read.counts(), lang);
                    println!("{}: {counts}", catalog.display());
                    ExitCode::SUCCESS
                }
                Err(problems) => fail(&problems),
            };
        }
        Ok(Command::Help) => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            let p = &MEASURES_2023_046;
            println!(
                "assess {} (policy {}: {})",
                env!("CARGO_PKG_VERSION"),
                p.id,
                p.number
            );
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("assess: {message}\nTry `assess --help`.");
            return ExitCode::from(2);
        }
    };
    // The catalogue is checked before any case is read: a bad one stops the run.
    let catalog = match opts.catalog.as_deref().map(|d| read_catalog(d, opts.lang)) {
        None => None,
        Some(Ok(catalog)) => Some(catalog),
        Some(Err(problems)) => return fail(&problems),
    };
    let courses = match opts
        .courses
        .as_deref()
        .map(|f| read_transcript(f, opts.lang))
    {
        None => Vec::new(),
        Some(Ok(courses)) => courses,
        Some(Err(reasons)) => return fail(&reasons),
    };
    match run(&opts, &Shared { courses, catalog }) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        // A closed pipe (`assess ... | head`) is the reader's choice, not a failure to report loudly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("assess: cannot write the output: {e}");
            ExitCode::from(1)
        }
    }
}
