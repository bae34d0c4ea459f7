//! The app shell: the root component, header and nav, the home page (a card per lab
//! from the registry), About, not found, and the intro of a lab still being built.

mod about;
mod app;
mod header;
mod home;
mod lab_card;
mod lab_intro;
mod nav_link;
mod not_found;
mod page_title;
mod words;
mod words_en;
mod words_ko;

use about::About;
pub use app::App;
use header::Header;
use home::Home;
use lab_card::LabCard;
pub use lab_intro::LabIntro;
use nav_link::NavLink;
use not_found::NotFound;
use page_title::PageTitle;
pub use words::ShellWords;
