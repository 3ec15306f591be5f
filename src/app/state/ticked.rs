//! The knowledge points ticked for the receiving courses a course was matched with before, kept in a
//! draft as one string, `CS201:kp1,kp3;CS202:kp2`: a receiving course's code and its points' ids
//! never hold `:`, `,` or `;` (`docs/catalog.md`), and a string keeps a map's code out of the first
//! load, which only stores the draft.

/// The points kept for receiving course `code`.
pub fn points(ticked: &str, code: &str) -> Vec<String> {
    entries(ticked)
        .find(|(c, _)| *c == code)
        .map(|(_, points)| points)
        .unwrap_or_default()
}

/// `ticked` with the points of `code` replaced by `points` (removed when there are none), the
/// courses in the order of their codes.
pub fn with(ticked: &str, code: &str, points: &[String]) -> String {
    let mut all: Vec<(&str, Vec<String>)> = entries(ticked).filter(|(c, _)| *c != code).collect();
    if !points.is_empty() {
        all.push((code, points.to_vec()));
    }
    all.sort_by(|a, b| a.0.cmp(b.0));
    let written: Vec<String> = all
        .into_iter()
        .map(|(c, p)| format!("{c}:{}", p.join(",")))
        .collect();
    written.join(";")
}

fn entries(ticked: &str) -> impl Iterator<Item = (&str, Vec<String>)> {
    ticked.split(';').filter_map(|entry| {
        let (code, points) = entry.split_once(':')?;
        let points = points
            .split(',')
            .filter(|p| !p.is_empty())
            .map(str::to_owned);
        Some((code, points.collect()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn points_are_kept_by_receiving_course_and_read_back() {
        let t = with("", "CS202", &ids(&["kp2"]));
        let t = with(&t, "CS201", &ids(&["kp1", "kp3"]));
        assert_eq!(t, "CS201:kp1,kp3;CS202:kp2");
        assert_eq!(points(&t, "CS201"), ids(&["kp1", "kp3"]));
        assert_eq!(points(&t, "CS202"), ids(&["kp2"]));
        assert!(points(&t, "CS203").is_empty());
        let t = with(&t, "CS201", &[]);
        assert_eq!(t, "CS202:kp2");
        assert_eq!(with(&t, "CS202", &[]), "");
        assert!(points("damaged", "CS201").is_empty());
    }
}
