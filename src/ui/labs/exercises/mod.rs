//! The Exercises lab: the guided exercises of every track (`labs::exercises`), each
//! opened by a link (`#/exercises?ex=ID`), checked in the Web Worker
//! (`Job::CheckExercise`), with progress kept in localStorage, exported and imported.

mod exercise_view;
mod page;
mod store;
mod texts_en;
mod texts_ko;
mod words;
mod words_en;
mod words_ko;

pub use page::ExercisesPage;
pub use words::card;
