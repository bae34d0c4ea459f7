//! Reusable components, one per file.

mod anatomy_view;
mod bomb_panel;
mod copy_button;
mod dis_listing;
mod download_button;
mod header;
mod hex_view;
mod json_panel;
mod lab_card;
mod level_chart;
mod literal_editor;
mod loads_panel;
mod nav_link;
mod opcode_info;
mod stepper;
mod stream_lab;
mod zlib_stepper;

pub use anatomy_view::AnatomyView;
pub use bomb_panel::BombPanel;
pub use copy_button::CopyButton;
pub use dis_listing::DisListing;
pub use download_button::DownloadButton;
pub use header::Header;
pub use hex_view::HexView;
pub use json_panel::JsonPanel;
pub use lab_card::LabCard;
pub use level_chart::LevelChart;
pub use literal_editor::LiteralEditor;
pub use loads_panel::LoadsPanel;
pub use nav_link::NavLink;
pub use opcode_info::OpcodeInfo;
pub use stepper::Stepper;
pub use stream_lab::StreamLab;
pub use zlib_stepper::ZlibStepper;
