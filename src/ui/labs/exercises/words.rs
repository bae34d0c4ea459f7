//! The Exercises page's words, English and Korean side by side (terms from docs/GLOSSARY.md).

use crate::ui::i18n::{LabCard, Lang, Words};

/// Everything the Exercises page says.
pub struct ExercisesWords {
    pub card: LabCard,
}

impl Words for ExercisesWords {
    fn of(lang: Lang) -> &'static Self {
        match lang {
            Lang::En => &EN,
            Lang::Ko => &KO,
        }
    }
}

static EN: ExercisesWords = ExercisesWords {
    card: LabCard {
        title: "Exercises",
        nav: "Exercises",
        blurb: "Guided exercises with hints that check your answers against the real engines.",
        will_teach: &[
            "Predict the bytes, then check: each exercise is checked by the same engines.",
            "Hints step by step, progress saved in your browser.",
        ],
    },
};

static KO: ExercisesWords = ExercisesWords {
    card: LabCard {
        title: "실습 문제",
        nav: "실습 문제",
        blurb: "실제 엔진으로 답을 확인하는 단계별 실습과 힌트.",
        will_teach: &[
            "바이트를 예측한 뒤 확인합니다: 모든 실습 문제는 같은 엔진으로 채점됩니다.",
            "단계별 힌트와 브라우저에 저장되는 진행 상황.",
        ],
    },
};
