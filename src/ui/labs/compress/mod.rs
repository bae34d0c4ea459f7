//! The Compress lab: `zlib.compress` at every level and wbits, the stream's anatomy,
//! the `decompressobj` stepper and the decompression bomb.

mod anatomy_view;
mod bomb_panel;
mod level_chart;
mod meaning_words;
mod page;
mod receiver_panel;
mod stream_lab;
mod two_compressors_panel;
mod words;
mod words_en;
mod words_ko;
mod zlib_stepper;

use anatomy_view::AnatomyView;
use bomb_panel::BombPanel;
use level_chart::LevelChart;
pub use page::CompressPage;
use receiver_panel::ReceiverPanel;
use stream_lab::StreamLab;
use two_compressors_panel::TwoCompressorsPanel;
pub use words::card;
use zlib_stepper::ZlibStepper;
