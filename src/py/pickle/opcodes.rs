//! The pickle opcodes, as `pickletools.opcodes` describes them.
