//! A learner's progress (passed, attempts, hints used, last prediction), kept by the
//! page in localStorage and handed in as a JSON file: the file format, its reading
//! (unknown exercises dropped, numbers bounded) and the updates the page makes.

use std::collections::BTreeMap;

use crate::py::Value;

/// The file's `format` value.
pub const FORMAT: &str = "wirelab-exercises";
/// The file's `version`.
pub const VERSION: u32 = 1;
/// The most any counter may say (a hand-edited file cannot overflow the page).
const MAX_COUNT: u32 = 1_000_000;

/// One exercise's progress.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExerciseProgress {
    pub passed: bool,
    pub attempts: u32,
    pub hints: u32,
    /// The last prediction typed.
    pub prediction: String,
}

/// Every exercise's progress, by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub format: String,
    pub version: u32,
    pub exercises: BTreeMap<String, ExerciseProgress>,
}

/// Why a progress file was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON (`json.loads`' error line).
    NotProgress(String),
    /// Another format or a newer version.
    OtherFormat,
}

impl Default for Progress {
    fn default() -> Self {
        Progress::new()
    }
}

impl Progress {
    /// No progress yet.
    pub fn new() -> Self {
        Progress {
            format: FORMAT.into(),
            version: VERSION,
            exercises: BTreeMap::new(),
        }
    }

    /// The progress of `id` (default when none).
    pub fn of(&self, id: &str) -> ExerciseProgress {
        self.exercises.get(id).cloned().unwrap_or_default()
    }

    /// (passed, total) over every exercise.
    pub fn counts(&self) -> (usize, usize) {
        let passed = super::all().filter(|e| self.of(e.id).passed).count();
        (passed, super::all().count())
    }

    fn update(&self, id: &str, change: impl FnOnce(&mut ExerciseProgress)) -> Progress {
        let mut next = self.clone();
        if super::find(id).is_some() {
            change(next.exercises.entry(id.to_owned()).or_default());
        }
        next
    }

    /// After a check: one more attempt; passed stays passed.
    pub fn attempted(&self, id: &str, passed: bool) -> Progress {
        self.update(id, |p| {
            p.attempts = p.attempts.saturating_add(1).min(MAX_COUNT);
            p.passed |= passed;
        })
    }

    /// One more hint shown (at most as many as the exercise has).
    pub fn hint_shown(&self, id: &str) -> Progress {
        let most = super::find(id).map_or(0, |e| e.hints as u32);
        self.update(id, |p| p.hints = (p.hints + 1).min(most))
    }

    /// The prediction typed.
    pub fn predicted(&self, id: &str, prediction: &str) -> Progress {
        let text: String = prediction.chars().take(200).collect();
        self.update(id, |p| p.prediction = text)
    }

    /// The file a student hands in: JSON, written by the Serialize lab's own
    /// `json.dumps` (the page carries no other JSON library).
    pub fn to_json(&self) -> String {
        let int = |n: u32| Value::Int(n.into());
        let exercises = self
            .exercises
            .iter()
            .map(|(id, p)| {
                let fields = vec![
                    (Value::Str("passed".into()), Value::Bool(p.passed)),
                    (Value::Str("attempts".into()), int(p.attempts)),
                    (Value::Str("hints".into()), int(p.hints)),
                    (
                        Value::Str("prediction".into()),
                        Value::Str(p.prediction.clone()),
                    ),
                ];
                (Value::Str(id.clone()), Value::Dict(fields))
            })
            .collect();
        let file = Value::Dict(vec![
            (Value::Str("format".into()), Value::Str(FORMAT.into())),
            (Value::Str("version".into()), int(VERSION)),
            (Value::Str("exercises".into()), Value::Dict(exercises)),
        ]);
        crate::py::json::dumps(&file).unwrap_or_default()
    }

    /// Reads a progress file (with `json.loads`): exercises this site does not have
    /// are dropped, and counters are bounded.
    pub fn from_json(text: &str) -> Result<Progress, ImportError> {
        let value = crate::py::json_loads::loads(text)
            .map_err(|e| ImportError::NotProgress(e.to_string()))?;
        let format = field(&value, "format");
        let version = field(&value, "version").and_then(count);
        if !matches!(format, Some(Value::Str(f)) if f == FORMAT)
            || version.is_none_or(|v| v > VERSION)
        {
            return Err(ImportError::OtherFormat);
        }
        let Some(Value::Dict(entries)) = field(&value, "exercises") else {
            return Err(ImportError::OtherFormat);
        };
        let exercises = entries
            .iter()
            .filter_map(|(id, p)| {
                let Value::Str(id) = id else { return None };
                let ex = super::find(id)?;
                let text = |name| match field(p, name) {
                    Some(Value::Str(s)) => s.chars().take(200).collect(),
                    _ => String::new(),
                };
                let progress = ExerciseProgress {
                    passed: matches!(field(p, "passed"), Some(Value::Bool(true))),
                    attempts: field(p, "attempts").and_then(count).unwrap_or(0),
                    hints: field(p, "hints")
                        .and_then(count)
                        .unwrap_or(0)
                        .min(ex.hints as u32),
                    prediction: text("prediction"),
                };
                Some((id.clone(), progress))
            })
            .collect();
        Ok(Progress {
            exercises,
            ..Progress::new()
        })
    }
}

/// The value under `key` of a JSON object.
fn field<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    match value {
        Value::Dict(entries) => entries
            .iter()
            .find(|(k, _)| matches!(k, Value::Str(s) if s == key))
            .map(|(_, v)| v),
        _ => None,
    }
}

/// A JSON count, bounded.
fn count(value: &Value) -> Option<u32> {
    match value {
        Value::Int(n) => u32::try_from(n).ok().map(|n| n.min(MAX_COUNT)),
        _ => None,
    }
}
