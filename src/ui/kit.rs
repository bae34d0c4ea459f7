//! The lab kit's UI parts shared by every lab (so far: the compute seam).

pub mod compute;
