//! A model of the Python values a literal can spell, and what CPython does with them:
//! `repr`, `hash` and set order, `pickle.dumps`/`loads`, `pickletools.dis`, `json.dumps`/`loads`.

pub mod hash;
pub mod json;
pub mod json_loads;
pub mod literal;
pub mod pickle;
pub mod printable;
pub mod repr;
pub mod set_order;
pub mod value;

pub use value::Value;
