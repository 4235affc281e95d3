//! The hash algorithms behind the hash objects, from the RustCrypto crates (`md-5`,
//! `sha1`, `sha2`, `sha3`, `blake2`): one enum so the objects of every hash module
//! share their methods. BLAKE2 is driven through its variable-output core, which
//! takes the salt, personalisation, key length and digest size CPython's `_blake2`
//! accepts.

use blake2::digest::core_api::{Buffer, UpdateCore, VariableOutputCore};
use blake2::digest::Output;
use sha3::digest::{ExtendableOutput, Update, XofReader};

/// Defines a BLAKE2 state over a core of the crate: the core, its block buffer
/// (lazy: the last block is kept for the final compression), and the digest size.
macro_rules! blake2_state {
    ($name:ident, $core:ty, $block:expr) => {
        #[derive(Clone)]
        pub struct $name {
            core: $core,
            buf: Buffer<$core>,
            size: usize,
        }

        impl $name {
            /// A state whose first block is the key padded with zeros (keyed BLAKE2).
            fn start(core: $core, key: &[u8], size: usize) -> Self {
                let mut s = $name { core, buf: Default::default(), size };
                if !key.is_empty() {
                    let mut k = key.to_vec();
                    k.resize($block, 0);
                    s.update(&k);
                }
                s
            }
            fn update(&mut self, data: &[u8]) {
                let $name { core, buf, .. } = self;
                buf.digest_blocks(data, |blocks| core.update_blocks(blocks));
            }
            fn finish(&self) -> Vec<u8> {
                let mut c = self.clone();
                let mut out = Output::<$core>::default();
                c.core.finalize_variable_core(&mut c.buf, &mut out);
                out[..self.size].to_vec()
            }
        }
    };
}

blake2_state!(Blake2b, blake2::Blake2bVarCore, 128);
blake2_state!(Blake2s, blake2::Blake2sVarCore, 64);

pub fn blake2b(key: &[u8], salt: &[u8], person: &[u8], size: usize) -> Algo {
    let core = blake2::Blake2bVarCore::new_with_params(salt, person, key.len(), size);
    Algo::Blake2b(Blake2b::start(core, key, size))
}

pub fn blake2s(key: &[u8], salt: &[u8], person: &[u8], size: usize) -> Algo {
    let core = blake2::Blake2sVarCore::new_with_params(salt, person, key.len(), size);
    Algo::Blake2s(Blake2s::start(core, key, size))
}

/// The running state of a hash object.
#[derive(Clone)]
pub enum Algo {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Blake2b),
    Blake2s(Blake2s),
}

/// What CPython reports about an algorithm: `name`, `digest_size` (0 for SHAKE,
/// the default for BLAKE2), `block_size`.
pub struct Info {
    pub name: &'static str,
    pub digest_size: usize,
    pub block_size: usize,
}

/// The algorithms by name, with a fresh state for each.
pub fn by_name(name: &str) -> Option<Algo> {
    use sha2::Digest;
    Some(match name {
        "md5" => Algo::Md5(md5::Md5::new()),
        "sha1" => Algo::Sha1(sha1::Sha1::new()),
        "sha224" => Algo::Sha224(sha2::Sha224::new()),
        "sha256" => Algo::Sha256(sha2::Sha256::new()),
        "sha384" => Algo::Sha384(sha2::Sha384::new()),
        "sha512" => Algo::Sha512(sha2::Sha512::new()),
        "sha3_224" => Algo::Sha3_224(sha3::Sha3_224::new()),
        "sha3_256" => Algo::Sha3_256(sha3::Sha3_256::new()),
        "sha3_384" => Algo::Sha3_384(sha3::Sha3_384::new()),
        "sha3_512" => Algo::Sha3_512(sha3::Sha3_512::new()),
        "shake_128" => Algo::Shake128(sha3::Shake128::default()),
        "shake_256" => Algo::Shake256(sha3::Shake256::default()),
        "blake2b" => blake2b(&[], &[], &[], 64),
        "blake2s" => blake2s(&[], &[], &[], 32),
        _ => return None,
    })
}

impl Algo {
    pub fn info(&self) -> Info {
        let i = |name, digest_size, block_size| Info { name, digest_size, block_size };
        match self {
            Algo::Md5(_) => i("md5", 16, 64),
            Algo::Sha1(_) => i("sha1", 20, 64),
            Algo::Sha224(_) => i("sha224", 28, 64),
            Algo::Sha256(_) => i("sha256", 32, 64),
            Algo::Sha384(_) => i("sha384", 48, 128),
            Algo::Sha512(_) => i("sha512", 64, 128),
            Algo::Sha3_224(_) => i("sha3_224", 28, 144),
            Algo::Sha3_256(_) => i("sha3_256", 32, 136),
            Algo::Sha3_384(_) => i("sha3_384", 48, 104),
            Algo::Sha3_512(_) => i("sha3_512", 64, 72),
            Algo::Shake128(_) => i("shake_128", 0, 168),
            Algo::Shake256(_) => i("shake_256", 0, 136),
            Algo::Blake2b(b) => i("blake2b", b.size, 128),
            Algo::Blake2s(b) => i("blake2s", b.size, 64),
        }
    }

    pub fn is_shake(&self) -> bool {
        matches!(self, Algo::Shake128(_) | Algo::Shake256(_))
    }

    pub fn update(&mut self, data: &[u8]) {
        use sha2::Digest;
        match self {
            Algo::Md5(h) => Digest::update(h, data),
            Algo::Sha1(h) => Digest::update(h, data),
            Algo::Sha224(h) => Digest::update(h, data),
            Algo::Sha256(h) => Digest::update(h, data),
            Algo::Sha384(h) => Digest::update(h, data),
            Algo::Sha512(h) => Digest::update(h, data),
            Algo::Sha3_224(h) => Digest::update(h, data),
            Algo::Sha3_256(h) => Digest::update(h, data),
            Algo::Sha3_384(h) => Digest::update(h, data),
            Algo::Sha3_512(h) => Digest::update(h, data),
            Algo::Shake128(h) => Update::update(h, data),
            Algo::Shake256(h) => Update::update(h, data),
            Algo::Blake2b(h) => h.update(data),
            Algo::Blake2s(h) => h.update(data),
        }
    }

    /// The digest of what was hashed so far (the state goes on); `len` is the
    /// output length of the SHAKE algorithms.
    pub fn digest(&self, len: usize) -> Vec<u8> {
        use sha2::Digest;
        fn xof(h: impl ExtendableOutput, len: usize) -> Vec<u8> {
            let mut out = vec![0; len];
            h.finalize_xof().read(&mut out);
            out
        }
        match self {
            Algo::Md5(h) => h.clone().finalize().to_vec(),
            Algo::Sha1(h) => h.clone().finalize().to_vec(),
            Algo::Sha224(h) => h.clone().finalize().to_vec(),
            Algo::Sha256(h) => h.clone().finalize().to_vec(),
            Algo::Sha384(h) => h.clone().finalize().to_vec(),
            Algo::Sha512(h) => h.clone().finalize().to_vec(),
            Algo::Sha3_224(h) => h.clone().finalize().to_vec(),
            Algo::Sha3_256(h) => h.clone().finalize().to_vec(),
            Algo::Sha3_384(h) => h.clone().finalize().to_vec(),
            Algo::Sha3_512(h) => h.clone().finalize().to_vec(),
            Algo::Shake128(h) => xof(h.clone(), len),
            Algo::Shake256(h) => xof(h.clone(), len),
            Algo::Blake2b(h) => h.finish(),
            Algo::Blake2s(h) => h.finish(),
        }
    }
}
