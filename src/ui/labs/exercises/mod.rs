//! The Exercises lab (its intro for now: the lab itself comes in a later issue).

mod page;
mod words;

pub use page::ExercisesPage;
pub use words::ExercisesWords;
