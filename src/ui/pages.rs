//! One component per page.

mod about;
mod compress;
mod home;
mod lab_intro;
mod not_found;
mod serialize;

pub use about::About;
pub use compress::CompressPage;
pub use home::Home;
pub use lab_intro::LabIntro;
pub use not_found::NotFound;
pub use serialize::SerializePage;
