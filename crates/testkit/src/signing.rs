//! Signing Discord interactions as Discord does (Ed25519 over timestamp + body), with
//! throwaway keys, for the endpoint's tests and benchmark.

use ed25519_dalek::{Signer, SigningKey};

/// A throwaway key from a fixed seed (never a real application's).
pub fn key(seed: u8) -> SigningKey {
    SigningKey::from_bytes(&[seed; 32])
}

/// The public key, as `DISCORD_PUBLIC_KEY` takes it.
pub fn public_hex(key: &SigningKey) -> String {
    hex::encode(key.verifying_key().to_bytes())
}

/// The `X-Signature-Ed25519` header for `body` sent at `timestamp`.
pub fn signature(key: &SigningKey, timestamp: &str, body: &str) -> String {
    hex::encode(
        key.sign(&[timestamp.as_bytes(), body.as_bytes()].concat())
            .to_bytes(),
    )
}
