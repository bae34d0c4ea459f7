//! What `json.loads` raises: `JSONDecodeError` with its position, `RecursionError`
//! for containers nested too deep, `ValueError` for an int too long to convert.

/// Which `JSONDecodeError` message CPython raised; [`Problem::python_text`] is its
/// text, verbatim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The document starts with U+FEFF (`json.loads`, for str input).
    UnexpectedBom,
    /// No value starts here (`StopIteration` turned into a `JSONDecodeError`).
    ExpectingValue,
    /// A whole value was read, and more than whitespace follows.
    ExtraData,
    ExpectingPropertyName,
    ExpectingColon,
    ExpectingComma,
    /// The position is the opening quote.
    UnterminatedString,
    /// A character below U+0020 inside a string (`strict=True`).
    InvalidControlCharacter,
    /// A backslash followed by a letter JSON does not know.
    InvalidEscape,
    /// `\u` not followed by four hex digits.
    InvalidUnicodeEscape,
}

impl Problem {
    /// The message as `json.decoder` / `Modules/_json.c` spell it.
    pub fn python_text(self) -> &'static str {
        match self {
            Problem::UnexpectedBom => "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            Problem::ExpectingValue => "Expecting value",
            Problem::ExtraData => "Extra data",
            Problem::ExpectingPropertyName => "Expecting property name enclosed in double quotes",
            Problem::ExpectingColon => "Expecting ':' delimiter",
            Problem::ExpectingComma => "Expecting ',' delimiter",
            Problem::UnterminatedString => "Unterminated string starting at",
            Problem::InvalidControlCharacter => "Invalid control character at",
            Problem::InvalidEscape => "Invalid \\escape",
            Problem::InvalidUnicodeEscape => "Invalid \\uXXXX escape",
        }
    }
}

/// `json.decoder.JSONDecodeError`: its `msg`, `pos`, `lineno` and `colno`, counted
/// in characters (code points) as Python counts a str. `Display` is `str(err)`:
/// `Expecting value: line 1 column 1 (char 0)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonDecodeError {
    pub msg: Problem,
    /// Index of the offending character.
    pub pos: usize,
    /// `doc.count('\n', 0, pos) + 1`.
    pub lineno: usize,
    /// `pos - doc.rfind('\n', 0, pos)`: 1-based.
    pub colno: usize,
}

impl JsonDecodeError {
    /// The error at `pos` of `doc` (its characters), as `JSONDecodeError.__init__`.
    pub(super) fn at(msg: Problem, doc: &[char], pos: usize) -> Self {
        let before = doc.get(..pos).unwrap_or(doc);
        let lineno = before.iter().filter(|c| **c == '\n').count() + 1;
        let colno = match before.iter().rposition(|c| *c == '\n') {
            Some(nl) => pos - nl,
            None => pos + 1,
        };
        JsonDecodeError {
            msg,
            pos,
            lineno,
            colno,
        }
    }
}

impl std::fmt::Display for JsonDecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: line {} column {} (char {})",
            self.msg.python_text(),
            self.lineno,
            self.colno,
            self.pos
        )
    }
}

impl std::error::Error for JsonDecodeError {}

/// The kind of container whose `Py_EnterRecursiveCall` failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    Object,
    Array,
}

/// Everything `json.loads(text)` can raise. `Display` is the last line of the
/// traceback, e.g. `json.decoder.JSONDecodeError: Extra data: line 1 column 5 (char 4)`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LoadsError {
    /// `json.decoder.JSONDecodeError`.
    Decode(JsonDecodeError),
    /// `RecursionError`: the C scanner's `Py_EnterRecursiveCall` failed on entering
    /// this container (nesting deeper than [`super::MAX_DEPTH`]).
    Recursion(Container),
    /// `ValueError`: an int of more than 4300 digits (`sys.get_int_max_str_digits()`);
    /// `digits` is how many it has.
    IntTooLong { digits: usize },
}

impl LoadsError {
    /// The exception's name as the traceback's last line prints it.
    pub fn exception(&self) -> &'static str {
        match self {
            LoadsError::Decode(_) => "json.decoder.JSONDecodeError",
            LoadsError::Recursion(_) => "RecursionError",
            LoadsError::IntTooLong { .. } => "ValueError",
        }
    }

    /// `str(exception)`, Python's own text.
    pub fn message(&self) -> String {
        match self {
            LoadsError::Decode(e) => e.to_string(),
            LoadsError::Recursion(Container::Object) => {
                "maximum recursion depth exceeded while decoding a JSON object from a unicode string"
                    .into()
            }
            LoadsError::Recursion(Container::Array) => {
                "maximum recursion depth exceeded while decoding a JSON array from a unicode string"
                    .into()
            }
            LoadsError::IntTooLong { digits } => format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {digits} \
                 digits; use sys.set_int_max_str_digits() to increase the limit",
                super::INT_MAX_STR_DIGITS
            ),
        }
    }
}

impl std::fmt::Display for LoadsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.exception(), self.message())
    }
}

impl std::error::Error for LoadsError {}

impl From<JsonDecodeError> for LoadsError {
    fn from(e: JsonDecodeError) -> Self {
        LoadsError::Decode(e)
    }
}
