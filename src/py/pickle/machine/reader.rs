//! The unpickler's input cursor: `_Unpickler_Read` and `_Unpickler_Readline` of
//! Modules/_pickle.c, over the bytes after an opcode.

/// The error every short read gives.
pub const TRUNCATED: &str = "_pickle.UnpicklingError: pickle data was truncated";

/// The input after the opcode byte.
pub struct Reader<'a> {
    data: &'a [u8],
    pub(super) pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8], pos: usize) -> Self {
        Reader { data, pos }
    }

    pub fn pos(&self) -> usize {
        self.pos.min(self.data.len())
    }

    /// `_Unpickler_Read`: exactly n bytes or "pickle data was truncated"; never
    /// allocates from a length field.
    pub(super) fn read(&mut self, n: u64) -> Result<&'a [u8], String> {
        let start = self.pos();
        let left = (self.data.len() - start) as u64;
        if n > left {
            return Err(TRUNCATED.into());
        }
        let end = start + n as usize;
        self.pos = end;
        Ok(&self.data[start..end])
    }

    pub(super) fn fixed<const N: usize>(&mut self) -> Result<[u8; N], String> {
        <[u8; N]>::try_from(self.read(N as u64)?).map_err(|_| TRUNCATED.to_string())
    }

    /// `_Unpickler_Readline`: through the newline, or "pickle data was truncated".
    pub(super) fn readline(&mut self) -> Result<&'a [u8], String> {
        let start = self.pos();
        let rest = &self.data[start..];
        let n = rest
            .iter()
            .position(|&b| b == b'\n')
            .ok_or_else(|| TRUNCATED.to_string())?;
        self.pos = start + n + 1;
        Ok(&rest[..=n])
    }
}
