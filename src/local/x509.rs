//! X.509 certificates as the local endpoint reads and makes them: a PEM certificate parsed for
//! what the registry and the audit checks need (its id, validity, key algorithm and size,
//! issuer and subject, whether it is a CA), signatures checked against an issuer, and the
//! endpoint's own certificate authority, which signs the certificates of
//! CreateKeysAndCertificate.
//!
//! Choices where the service says nothing: the endpoint's CA and the keys it makes are ECDSA
//! P-256 (the service makes RSA 2048 keys; either passes the key quality check), and the
//! certificates it issues are valid from one minute before their creation until
//! 31 December 2049, as the service's are.

use rusqlite::Connection;
use x509_parser::prelude::*;

use super::error::ApiError;
use super::store;
use super::util;

/// What the registry keeps of a certificate.
#[derive(Debug, Clone)]
pub struct CertInfo {
    /// The SHA-256 of the DER bytes, in lower-case hex: AWS IoT's certificate id.
    pub id: String,
    /// The PEM text, normalised (one certificate, LF line ends, a final newline).
    pub pem: String,
    pub der: Vec<u8>,
    pub not_before_ms: i64,
    pub not_after_ms: i64,
    /// `RSA`, `EC` or another algorithm's name.
    pub key_algorithm: String,
    /// The RSA modulus or the EC curve, in bits (0 when unknown).
    pub key_bits: i64,
    pub subject: String,
    pub issuer: String,
    pub is_ca: bool,
}

fn bad_certificate(what: &str) -> ApiError {
    ApiError::new(
        400,
        "CertificateValidationException",
        format!("The certificate is not valid: {what}."),
    )
}

/// Reads the first certificate of PEM text.
pub fn parse_pem(text: &str) -> Result<CertInfo, ApiError> {
    let (_, pem) = x509_parser::pem::parse_x509_pem(text.trim_start().as_bytes())
        .map_err(|_| bad_certificate("it is not a PEM-encoded certificate"))?;
    if pem.label != "CERTIFICATE" {
        return Err(bad_certificate(&format!(
            "the PEM block is a {}, not a CERTIFICATE",
            pem.label
        )));
    }
    parse_der(&pem.contents)
}

/// Reads a DER certificate.
pub fn parse_der(der: &[u8]) -> Result<CertInfo, ApiError> {
    let (_, cert) = X509Certificate::from_der(der)
        .map_err(|e| bad_certificate(&format!("it cannot be parsed ({e})")))?;
    let spki = cert.public_key();
    let (key_algorithm, key_bits) = match spki.parsed() {
        Ok(x509_parser::public_key::PublicKey::RSA(rsa)) => ("RSA".to_string(), rsa.key_size()),
        Ok(x509_parser::public_key::PublicKey::EC(point)) => ("EC".to_string(), point.key_size()),
        Ok(x509_parser::public_key::PublicKey::DSA(_)) => ("DSA".to_string(), 0),
        _ => (spki.algorithm.algorithm.to_id_string(), 0),
    };
    let validity = cert.validity();
    let is_ca = cert
        .basic_constraints()
        .ok()
        .flatten()
        .is_some_and(|bc| bc.value.ca);
    Ok(CertInfo {
        id: util::hex(&util::sha256(der)),
        pem: to_pem(der),
        der: der.to_vec(),
        not_before_ms: validity.not_before.timestamp().saturating_mul(1000),
        not_after_ms: validity.not_after.timestamp().saturating_mul(1000),
        key_algorithm,
        key_bits: key_bits as i64,
        subject: cert.subject().to_string(),
        issuer: cert.issuer().to_string(),
        is_ca,
    })
}

/// Whether the certificate `der` carries a valid signature by the key of the certificate
/// `issuer_der`.
pub fn signed_by(der: &[u8], issuer_der: &[u8]) -> bool {
    let (Ok((_, cert)), Ok((_, issuer))) = (
        X509Certificate::from_der(der),
        X509Certificate::from_der(issuer_der),
    ) else {
        return false;
    };
    cert.verify_signature(Some(issuer.public_key())).is_ok()
}

/// PEM text of DER certificate bytes.
pub fn to_pem(der: &[u8]) -> String {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = String::with_capacity(b64.len() + 80);
    out.push_str("-----BEGIN CERTIFICATE-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out.push_str("-----END CERTIFICATE-----\n");
    out
}

/// A key pair and the certificate the endpoint's CA issued for it.
pub struct Issued {
    pub cert: CertInfo,
    pub public_key_pem: String,
    pub private_key_pem: String,
}

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::internal(format!("cannot make a certificate: {e}"))
}

/// The endpoint's CA: its certificate and key, made once and kept in `meta`.
fn endpoint_ca(conn: &Connection) -> Result<(String, String), ApiError> {
    if let (Some(cert), Some(key)) = (
        store::get_meta(conn, "ca_cert_pem")?,
        store::get_meta(conn, "ca_key_pem")?,
    ) {
        return Ok((cert, key));
    }
    let key = rcgen::KeyPair::generate().map_err(internal)?;
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).map_err(internal)?;
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "iotmit local endpoint CA");
    params
        .distinguished_name
        .push(rcgen::DnType::OrganizationName, "iotmit");
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    params.not_before = rcgen::date_time_ymd(2020, 1, 1);
    params.not_after = rcgen::date_time_ymd(2049, 12, 31);
    let cert = params.self_signed(&key).map_err(internal)?;
    let (cert, key) = (cert.pem(), key.serialize_pem());
    store::set_meta(conn, "ca_cert_pem", &cert)?;
    store::set_meta(conn, "ca_key_pem", &key)?;
    Ok((cert, key))
}

/// Makes a key pair and a certificate for it signed by the endpoint's CA, valid from a minute
/// before `now`.
pub fn issue(conn: &Connection, now_ms: i64) -> Result<Issued, ApiError> {
    let (ca_pem, ca_key_pem) = endpoint_ca(conn)?;
    let ca_key = rcgen::KeyPair::from_pem(&ca_key_pem).map_err(internal)?;
    let issuer = rcgen::Issuer::from_ca_cert_pem(&ca_pem, ca_key).map_err(internal)?;
    let key = rcgen::KeyPair::generate().map_err(internal)?;
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).map_err(internal)?;
    params.distinguished_name = rcgen::DistinguishedName::new();
    params.distinguished_name.push(
        rcgen::DnType::CommonName,
        "AWS IoT Certificate (iotmit local endpoint)",
    );
    let start = ::time::OffsetDateTime::from_unix_timestamp(now_ms.div_euclid(1000) - 60)
        .map_err(internal)?;
    params.not_before = start;
    params.not_after = rcgen::date_time_ymd(2049, 12, 31);
    let serial = util::random_bytes(16)?;
    params.serial_number = Some(rcgen::SerialNumber::from_slice(&serial));
    let cert = params.signed_by(&key, &issuer).map_err(internal)?;
    Ok(Issued {
        cert: parse_der(cert.der())?,
        public_key_pem: key.public_key_pem(),
        private_key_pem: key.serialize_pem(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issued_certificates_are_signed_by_the_endpoint_ca_and_read_back() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);")
            .unwrap();
        let now = 1_700_000_000_000;
        let issued = issue(&conn, now).unwrap();
        let c = &issued.cert;
        assert_eq!(c.id.len(), 64);
        assert_eq!((c.key_algorithm.as_str(), c.key_bits), ("EC", 256));
        assert_eq!(c.not_before_ms, now - 60_000);
        assert!(!c.is_ca);
        assert!(
            c.issuer.contains("iotmit local endpoint CA"),
            "{}",
            c.issuer
        );
        let again = parse_pem(&c.pem).unwrap();
        assert_eq!(again.id, c.id);
        let (ca_pem, _) = endpoint_ca(&conn).unwrap();
        let ca = parse_pem(&ca_pem).unwrap();
        assert!(ca.is_ca);
        assert!(signed_by(&c.der, &ca.der));
        assert!(!signed_by(&ca.der, &c.der));
        assert!(issued
            .private_key_pem
            .starts_with("-----BEGIN PRIVATE KEY-----"));
        assert!(issued
            .public_key_pem
            .starts_with("-----BEGIN PUBLIC KEY-----"));
    }

    #[test]
    fn text_that_is_not_a_certificate_is_refused() {
        for text in [
            "",
            "hello",
            "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
        ] {
            let e = parse_pem(text).unwrap_err();
            assert_eq!(e.code, "CertificateValidationException", "{text:?}");
        }
    }
}
