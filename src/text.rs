//! Language helpers that know nothing of engines or the browser (pure, tested natively).

pub mod ko;
