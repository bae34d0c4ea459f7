//! What a learner typed and chose on the Compress page, kept in the URL and in the
//! browser (short keys: they are the URL's query), and the one conversion the page
//! makes for them: switching between text and hexadecimal keeps the bytes.

use super::{InputMode, EXAMPLE_TEXT};

/// Every input of the Compress page.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct CompressInputs {
    /// `InputMode::key`.
    pub mode: String,
    /// The text or hex typed (Text and Hex modes).
    pub text: String,
    pub level: i32,
    pub wbits: i32,
    /// A stream pasted as hex for the anatomy and the stepper (empty: the one above).
    pub stream: String,
    /// The wbits `decompressobj` reads it with.
    pub rwbits: i32,
    /// Chunk sizes as typed (`8,8,8`).
    pub chunks: String,
    /// "Split every N bytes".
    pub every: String,
    /// `max_length` as typed (empty: none).
    pub max: String,
    /// Run the `while d.unconsumed_tail:` loop after the last chunk.
    pub drain: bool,
    /// Where the stepper's stream comes from: [`BOMB_SOURCE`] for the bomb (rebuilt
    /// in the worker: 1 MB does not fit in a URL), anything else for `stream`.
    pub src: String,
}

/// `src` when the stepper reads the decompression bomb.
pub const BOMB_SOURCE: &str = "bomb";

/// The `max_length` the bomb's "watch it in the stepper" starts with.
pub const BOMB_MAX_LENGTH: usize = 65536;

impl Default for CompressInputs {
    fn default() -> Self {
        CompressInputs {
            mode: InputMode::Text.key().to_owned(),
            text: EXAMPLE_TEXT.to_owned(),
            level: 6,
            wbits: 15,
            stream: String::new(),
            rwbits: 15,
            chunks: String::new(),
            every: "8".to_owned(),
            max: String::new(),
            drain: false,
            src: String::new(),
        }
    }
}

impl CompressInputs {
    /// Where the page keeps them in the browser.
    pub const STORE_KEY: &'static str = "wirelab.compress";

    /// The input mode (text when a URL names an unknown one).
    pub fn input_mode(&self) -> InputMode {
        InputMode::from_key(&self.mode).unwrap_or(InputMode::Text)
    }

    /// The level, clamped to 0..=9 (a URL may say anything).
    pub fn level(&self) -> i32 {
        self.level.clamp(0, 9)
    }

    /// True when the stepper reads the bomb rather than `stream`.
    pub fn reads_bomb(&self) -> bool {
        self.src == BOMB_SOURCE
    }

    /// The stepper on the bomb, read with wbits 15 and `max_length` 65536 (editable).
    pub fn with_bomb(&self) -> Self {
        CompressInputs {
            src: BOMB_SOURCE.to_owned(),
            rwbits: 15,
            max: BOMB_MAX_LENGTH.to_string(),
            ..self.clone()
        }
    }

    /// The stepper back on the learner's stream (pasted, or compressed above): it
    /// was kept while the bomb was read.
    pub fn without_bomb(&self) -> Self {
        CompressInputs {
            src: String::new(),
            ..self.clone()
        }
    }

    /// These inputs in `mode`. Text -> Hex writes the text's UTF-8 bytes in
    /// hexadecimal; Hex -> Text decodes them when they are valid hex and UTF-8 (else
    /// the hex stays, to be fixed); the carried modes leave the typed text alone.
    pub fn with_mode(&self, mode: InputMode) -> Self {
        let text = match (self.input_mode(), mode) {
            (InputMode::Text, InputMode::Hex) => crate::hex::encode(self.text.as_bytes()),
            (InputMode::Hex, InputMode::Text) => crate::hex::decode(&self.text)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .unwrap_or_else(|| self.text.clone()),
            _ => self.text.clone(),
        };
        CompressInputs {
            mode: mode.key().to_owned(),
            text,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_hex_convert_into_each_other() {
        let text = CompressInputs {
            text: "안녕 hi".into(),
            ..CompressInputs::default()
        };
        let hex = text.with_mode(InputMode::Hex);
        assert_eq!(hex.text, "ec9588eb8595206869");
        assert_eq!(hex.input_mode(), InputMode::Hex);
        assert_eq!(hex.with_mode(InputMode::Text).text, "안녕 hi");
        // Hex that is not UTF-8 stays hex rather than turning into mojibake.
        let bytes = CompressInputs {
            text: "80ff".into(),
            ..hex
        };
        assert_eq!(bytes.with_mode(InputMode::Text).text, "80ff");
        assert_eq!(bytes.with_mode(InputMode::Pickle).text, "80ff");
    }

    #[test]
    fn the_bomb_is_a_source_not_bytes_and_can_be_let_go() {
        let mine = CompressInputs {
            stream: "789c".into(),
            rwbits: -15,
            ..CompressInputs::default()
        };
        assert!(!mine.reads_bomb());
        let bomb = mine.with_bomb();
        assert!(bomb.reads_bomb());
        assert_eq!((bomb.max.as_str(), bomb.rwbits), ("65536", 15));
        let back = bomb.without_bomb();
        assert!(!back.reads_bomb());
        assert_eq!(back.stream, "789c");
    }

    #[test]
    fn a_url_cannot_choose_what_does_not_exist() {
        let odd = CompressInputs {
            mode: "nonsense".into(),
            level: 42,
            ..CompressInputs::default()
        };
        assert_eq!(odd.input_mode(), InputMode::Text);
        assert_eq!(odd.level(), 9);
    }
}
