//! The bearer token of `serve --token-file`. Only its SHA-256 digest is
//! kept, and a token a request gives is hashed and compared with it in
//! constant time: neither the time an answer takes nor its length tells a
//! client how much of a guess was right.

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::error::{Error, Result};

/// The token requests must give (`Authorization: Bearer <token>`).
#[derive(Clone)]
pub struct Token {
    digest: [u8; 32],
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(…)")
    }
}

impl Token {
    /// The token written in a file's contents (spaces and line ends around it
    /// left out), refused when empty or when it holds a space or control
    /// character, which no `Authorization` header can carry.
    pub fn from_file_contents(contents: &str, file: &str) -> Result<Token> {
        let token = contents.trim();
        if token.is_empty() {
            return Err(Error::Input(format!(
                "--token-file {file} is empty: write a token in it, such as the output of \
                 `openssl rand -hex 32`"
            )));
        }
        if token.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(Error::Input(format!(
                "--token-file {file} holds a space or control character inside the token: \
                 a bearer token is one word"
            )));
        }
        Ok(Token {
            digest: Sha256::digest(token.as_bytes()).into(),
        })
    }

    /// Whether `given` is the token, compared in constant time.
    pub fn matches(&self, given: &[u8]) -> bool {
        let given: [u8; 32] = Sha256::digest(given).into();
        given.ct_eq(&self.digest).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_token_matches() {
        let t = Token::from_file_contents("  s3cret-token\n", "t").unwrap();
        assert!(t.matches(b"s3cret-token"));
        assert!(!t.matches(b"s3cret-toke"));
        assert!(!t.matches(b"s3cret-token "));
        assert!(!t.matches(b""));
        assert!(Token::from_file_contents("\n", "t").is_err());
        assert!(Token::from_file_contents("two words", "t").is_err());
    }
}
