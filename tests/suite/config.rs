//! Configuration read as the AWS CLI reads it: retries from the profile, timeouts from flags,
//! credentials from `credential_process`, endpoints from the environment; and every case of
//! `tests/fixtures/config.json` (recorded from v2 by `scripts/record-config.py`) replayed with
//! exactly v2's exit code, stdout, stderr and requests, but for the few in
//! [`DIFFERENT_ON_PURPOSE`], held exactly to iotmit's own recorded answer instead.

use crate::common;

use common::{Env, Proxy, Reply, Stub};
use serde_json::json;

fn internal_error() -> Reply {
    Reply {
        status: 500,
        body: Some(json!({"message": "boom"})),
        headers: vec![("x-amzn-ErrorType".into(), "InternalFailureException".into())],
    }
}

#[test]
fn max_attempts_from_the_profile_bounds_retries() {
    let env = Env::new("iso8601");
    std::fs::write(
        env.dir.join("config"),
        "[default]\nregion = us-east-1\nretry_mode = standard\nmax_attempts = 1\n",
    )
    .unwrap();
    let stub = Stub::start(vec![internal_error(), internal_error()]);
    let out = env
        .command()
        .args([
            "describe-mitigation-action",
            "--action-name",
            "A",
            "--endpoint-url",
            &stub.url,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(254));
    assert_eq!(stub.requests().len(), 1);
    // The only attempt allowed was the last one: v2 says so even when nothing was retried.
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "\niotmit: [ERROR]: An error occurred (InternalFailureException) when calling the DescribeMitigationAction operation (reached max retries: 0): boom\n"
    );
}

#[test]
fn standard_mode_makes_three_attempts_by_default() {
    let env = Env::new("iso8601");
    let stub = Stub::start(vec![internal_error(), internal_error(), internal_error()]);
    let out = env
        .command()
        .args([
            "describe-mitigation-action",
            "--action-name",
            "A",
            "--endpoint-url",
            &stub.url,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(254));
    assert_eq!(stub.requests().len(), 3);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("operation (reached max retries: 2): boom")
    );
}

#[test]
fn a_stuck_call_ends_at_the_read_timeout() {
    let env = Env::new("iso8601");
    std::fs::write(
        env.dir.join("config"),
        "[default]\nregion = us-east-1\nmax_attempts = 1\n",
    )
    .unwrap();
    // Accepts connections and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let held: Vec<_> = listener.incoming().take(3).collect();
        std::thread::sleep(std::time::Duration::from_secs(10));
        drop(held);
    });
    let out = env
        .command()
        .args([
            "describe-mitigation-action",
            "--action-name",
            "A",
            "--cli-read-timeout",
            "1",
        ])
        .args(["--endpoint-url", &format!("http://127.0.0.1:{port}")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(255));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!("\niotmit: [ERROR]: Read timeout on endpoint URL: \"http://127.0.0.1:{port}/mitigationactions/actions/A\"\n")
    );
}

#[test]
fn credential_process_credentials_sign_the_request() {
    let env = Env::new("iso8601");
    let script = env.dir.join("creds.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROCESS\", \"SecretAccessKey\": \"s\"}'\n",
    )
    .unwrap();
    std::fs::write(
        env.dir.join("config"),
        format!(
            "[profile proc]\nregion = us-east-1\ncredential_process = sh {}\n",
            script.display()
        ),
    )
    .unwrap();
    let stub = Stub::start(vec![]);
    let out = env
        .command()
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .args([
            "describe-mitigation-action",
            "--action-name",
            "A",
            "--profile",
            "proc",
            "--debug",
        ])
        .args(["--endpoint-url", &stub.url])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reqs = stub.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0]["auth"], true);
}

#[test]
fn the_service_specific_endpoint_variable_is_used() {
    let env = Env::new("iso8601");
    let stub = Stub::start(vec![]);
    let out = env
        .command()
        .env("AWS_ENDPOINT_URL_IOT", &stub.url)
        .args(["delete-mitigation-action", "--action-name", "A"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stub.requests()[0]["path"], "/mitigationactions/actions/A");
}

/// Cases of `tests/fixtures/config.json` where iotmit answers otherwise on purpose, and why. Each
/// is marked `on_purpose` in `scripts/config-cases.py`, so `scripts/record-config.py --ours IOTMIT`
/// records iotmit's own answer beside v2's (`ours`), which it must then give exactly.
const DIFFERENT_ON_PURPOSE: &[(&str, &str)] = &[(
    "container_relative_uri_unreachable",
    "the body of the container endpoint's refusal is not in aws-config's error",
)];

fn fill(text: &str, url: &str, home: &std::path::Path) -> String {
    text.replace("{URL}", url)
        .replace("{HOME}", &home.display().to_string())
}

/// A form-encoded STS call as the recorder keeps it: its pairs, sorted, without the session
/// name (which holds the time).
fn normalized_body(body: &serde_json::Value) -> serde_json::Value {
    let Some(raw) = body.get("__raw__").and_then(|r| r.as_str()) else {
        return body.clone();
    };
    if !raw.contains("Action=") {
        return body.clone();
    }
    let mut pairs: Vec<(String, String)> = raw
        .split('&')
        .filter_map(|p| p.split_once('='))
        .filter(|(k, _)| *k != "RoleSessionName")
        .map(|(k, v)| (k.to_string(), common::percent_decode(v)))
        .collect();
    pairs.sort();
    json!({"form": pairs})
}

/// What iotmit did for the case: exit code, stdout, stderr (the home and the stub's address as
/// placeholders) and the requests it sent, with the key, region and token that signed each.
fn replay(case: &serde_json::Value) -> serde_json::Value {
    let env = Env::new("iso8601");
    let home = env.dir.join("home");
    std::fs::create_dir_all(home.join(".aws")).unwrap();
    let replies = case["responses"]
        .as_array()
        .map(|r| r.iter().map(Reply::from_json).collect())
        .unwrap_or_default();
    let stub = Stub::start(replies);
    for (name, content) in case["files"].as_object().unwrap() {
        let path = home.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let text = fill(content.as_str().unwrap(), &stub.url, &home);
        // `{XFF}` is the byte 0xff: a file that is not UTF-8 text.
        let parts: Vec<&[u8]> = text.split("{XFF}").map(str::as_bytes).collect();
        let bytes = parts.join(&0xff_u8);
        std::fs::write(&path, bytes).unwrap();
        if name.ends_with(".sh") {
            std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o755))
                .unwrap();
        }
    }
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_iotmit"));
    c.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", &home)
        .env("TZ", "UTC")
        .env("AWS_PAGER", "")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("LANG", "C.UTF-8")
        .current_dir(&home)
        .stdin(std::process::Stdio::null());
    for (k, v) in case["env"].as_object().unwrap() {
        match v.as_str() {
            Some(v) => c.env(k, fill(v, &stub.url, &home)),
            None => c.env_remove(k),
        };
    }
    let mut argv: Vec<String> = case["argv"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| fill(a.as_str().unwrap(), &stub.url, &home))
        .collect();
    if argv.first().map(String::as_str) == Some("iot") {
        argv.remove(0);
    }
    if case["endpoint"].as_bool() != Some(false) {
        argv.extend(["--endpoint-url".to_string(), stub.url.clone()]);
    }
    let out = c.args(&argv).output().unwrap();
    let placeholders = |b: &[u8]| {
        String::from_utf8_lossy(b)
            .replace(&home.display().to_string(), "{HOME}")
            .replace(&stub.url, "{URL}")
    };
    let sent: Vec<serde_json::Value> = stub
        .requests()
        .into_iter()
        .zip(stub.signers())
        .map(|(r, s)| {
            // A request through a forward proxy names the whole URL; the recorder keeps its path.
            let path = r["path"].as_str().unwrap_or_default();
            let path = match path.split_once("://") {
                Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
                None => path,
            };
            json!({"method": r["method"], "path": path, "query": r["query"],
                   "key": s["key"], "region": s["region"], "token": s["token"],
                   "body": normalized_body(&r["body"])})
        })
        .collect();
    json!({
        "exit": out.status.code(),
        "stdout": placeholders(&out.stdout),
        "stderr": placeholders(&out.stderr),
        "requests": sent,
    })
}

/// Where `got` is not exactly `want`: exit code, stdout, stderr, requests.
fn differences(want: &serde_json::Value, got: &serde_json::Value) -> Vec<String> {
    ["exit", "stdout", "stderr", "requests"]
        .into_iter()
        .filter(|key| want.get(*key).is_none() || got[*key] != want[*key])
        .map(|key| format!("{key} {}, want {}", got[key], want[key]))
        .collect()
}

/// What is wrong with iotmit's answer to the case, if anything.
fn check(case: &serde_json::Value) -> Vec<String> {
    let name = case["name"].as_str().unwrap_or_default();
    let on_purpose = DIFFERENT_ON_PURPOSE.iter().any(|(n, _)| *n == name);
    if on_purpose != case["ours"].is_object() {
        return vec![format!(
            "on purpose: {on_purpose}, iotmit's answer recorded: {}; list it in \
             DIFFERENT_ON_PURPOSE and record it with --ours, or neither",
            case["ours"].is_object()
        )];
    }
    let got = replay(case);
    if !on_purpose {
        return differences(&case["expect"], &got);
    }
    if differences(&case["expect"], &case["ours"]).is_empty() {
        return vec!["iotmit's recorded answer is v2's: drop it from DIFFERENT_ON_PURPOSE".into()];
    }
    if differences(&case["expect"], &got).is_empty() {
        return vec!["agrees with v2 now: drop it from DIFFERENT_ON_PURPOSE".into()];
    }
    differences(&case["ours"], &got)
}

/// Every recorded configuration case: exit code, stdout, stderr and the requests sent (with the
/// access key, region and session token of each signature) equal exactly what the AWS CLI v2 did,
/// or for a case in [`DIFFERENT_ON_PURPOSE`] what iotmit was recorded doing.
#[test]
fn configuration_cases_agree_with_the_aws_cli() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/config.json"
    ))
    .unwrap();
    let cases: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    assert!(cases.len() >= 100, "{} cases", cases.len());
    for (name, _) in DIFFERENT_ON_PURPOSE {
        assert!(
            cases.iter().any(|c| c["name"] == *name),
            "{name} is in DIFFERENT_ON_PURPOSE but not recorded"
        );
    }
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            let problems = check(c);
            (!problems.is_empty()).then(|| format!("{}:\n  {}", c["name"], problems.join("\n  ")))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn describe_at(env: &Env, url: &str, extra: &[&str]) -> std::process::Output {
    env.command()
        .args(["describe-mitigation-action", "--action-name", "x"])
        .args(["--endpoint-url", url])
        .args(extra)
        .output()
        .unwrap()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn retry_settings_v2_refuses_are_refused_with_its_messages() {
    let cases: &[(&str, &str, &str)] = &[
        ("AWS_MAX_ATTEMPTS", "0", "Value provided to \"max_attempts\": 0 must be an integer greater than or equal to one."),
        ("AWS_MAX_ATTEMPTS", "-1", "Value provided to \"max_attempts\": -1 must be an integer greater than or equal to one."),
        ("AWS_MAX_ATTEMPTS", "abc", "invalid literal for int() with base 10: 'abc'"),
        ("AWS_MAX_ATTEMPTS", "", "invalid literal for int() with base 10: ''"),
        ("AWS_RETRY_MODE", "bogus", "Invalid value provided to \"mode\": \"bogus\" must be one of: \"standard\" or \"adaptive\""),
        ("AWS_RETRY_MODE", "legacy", "Invalid value provided to \"mode\": \"legacy\" must be one of: \"standard\" or \"adaptive\""),
        ("AWS_RETRY_MODE", " standard", "Invalid value provided to \"mode\": \" standard\" must be one of: \"standard\" or \"adaptive\""),
    ];
    let stub = Stub::start(vec![]);
    for (var, value, message) in cases {
        let env = Env::new("iso8601");
        let out = env
            .command()
            .env(var, value)
            .args(["describe-mitigation-action", "--action-name", "x"])
            .args(["--endpoint-url", &stub.url])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(255), "{var}={value}");
        assert_eq!(
            stderr(&out),
            format!("\niotmit: [ERROR]: {message}\n"),
            "{var}={value}"
        );
    }
    for (key, value, message) in [
        ("max_attempts", "x", "invalid literal for int() with base 10: 'x'"),
        ("retry_mode", "fast", "Invalid value provided to \"mode\": \"fast\" must be one of: \"standard\" or \"adaptive\""),
    ] {
        let env = Env::new("iso8601");
        common::config(&env, &format!("{key} = {value}\n"));
        let out = describe_at(&env, &stub.url, &[]);
        assert_eq!(out.status.code(), Some(255), "{key}");
        assert_eq!(stderr(&out), format!("\niotmit: [ERROR]: {message}\n"));
    }
    assert!(stub.requests().is_empty());
}

#[test]
fn retry_numbers_python_reads_are_used() {
    let stub = Stub::start(vec![internal_error(), internal_error(), internal_error()]);
    let env = Env::new("iso8601");
    let out = env
        .command()
        .env("AWS_RETRY_MODE", "standard")
        .env("AWS_MAX_ATTEMPTS", "+2")
        .args(["describe-mitigation-action", "--action-name", "x"])
        .args(["--endpoint-url", &stub.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(254));
    assert_eq!(stub.requests().len(), 2);
    assert!(stderr(&out).contains("operation (reached max retries: 1): boom"));
}

#[test]
fn adaptive_mode_waits_no_longer_than_botocore() {
    // v2 2.36 takes 3 to 5 seconds to give up on a call throttled three times.
    let throttled = Reply {
        status: 429,
        body: Some(json!({"message": "Rate exceeded"})),
        headers: vec![("x-amzn-ErrorType".into(), "ThrottlingException".into())],
    };
    let stub = Stub::start(vec![throttled.clone(), throttled.clone(), throttled]);
    let env = Env::new("iso8601");
    let started = std::time::Instant::now();
    let out = env
        .command()
        .env("AWS_RETRY_MODE", "adaptive")
        .args(["describe-mitigation-action", "--action-name", "x"])
        .args(["--endpoint-url", &stub.url])
        .output()
        .unwrap();
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(254));
    assert_eq!(
        stderr(&out),
        "\niotmit: [ERROR]: An error occurred (ThrottlingException) when calling the DescribeMitigationAction operation (reached max retries: 2): Rate exceeded\n"
    );
    assert_eq!(stub.requests().len(), 3);
    assert!(took < std::time::Duration::from_secs(6), "{took:?}");
}

#[test]
fn endpoint_urls_are_checked_as_v2_checks_them() {
    let env = Env::new("iso8601");
    let cases: &[(&str, i32, &str)] = &[
        ("", 252, "An error occurred (ParamValidation): Bad value for --endpoint-url \"\": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/"),
        ("localhost:9", 255, "Invalid endpoint: localhost:9"),
        ("http://my_host:9", 255, "Invalid endpoint: http://my_host:9"),
        ("http:///x", 255, "Invalid endpoint: http:///x"),
        ("ftp://localhost:9", 255, "An HTTP Client raised an unhandled exception: Not supported URL scheme ftp"),
    ];
    for (url, code, message) in cases {
        let out = describe_at(&env, url, &[]);
        assert_eq!(out.status.code(), Some(*code), "{url}");
        assert_eq!(
            stderr(&out),
            format!("\niotmit: [ERROR]: {message}\n"),
            "{url}"
        );
    }
    let out = env
        .command()
        .env("AWS_ENDPOINT_URL", "localhost:9")
        .args(["describe-mitigation-action", "--action-name", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(255));
    assert_eq!(
        stderr(&out),
        "\niotmit: [ERROR]: Invalid endpoint: localhost:9\n"
    );
}

#[test]
fn a_query_string_in_the_endpoint_is_kept_in_every_request() {
    let stub = Stub::start(vec![]);
    let env = Env::new("iso8601");
    let out = env
        .command()
        .args([
            "list-mitigation-actions",
            "--max-items",
            "1",
            "--page-size",
            "1",
        ])
        .args(["--endpoint-url", &format!("{}?a=b", stub.url)])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let requests = stub.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0]["path"], "/mitigationactions/actions");
    assert_eq!(
        requests[0]["query"],
        json!([["a", "b"], ["maxResults", "1"]])
    );
}

#[test]
fn regions_are_checked_and_an_empty_one_signs_as_empty() {
    let stub = Stub::start(vec![]);
    let env = Env::new("iso8601");
    for region in ["us east 1", "us-east-1/x", "123"] {
        let out = describe_at(&env, &stub.url, &["--region", region]);
        assert_eq!(out.status.code(), Some(255));
        assert_eq!(
            stderr(&out),
            format!("\niotmit: [ERROR]: Provided region_name '{region}' doesn't match a supported format.\n")
        );
    }
    assert!(stub.requests().is_empty());
    let out = describe_at(&env, &stub.url, &["--region", ""]);
    assert!(out.status.success(), "{}", stderr(&out));
    let auth = stub.authorizations();
    assert_eq!(auth.len(), 1);
    assert!(auth[0].contains("//iot/aws4_request"), "{}", auth[0]);
    // Without an endpoint, the service's own endpoint for an empty region is invalid.
    let out = env
        .command()
        .args([
            "describe-mitigation-action",
            "--action-name",
            "x",
            "--region",
            "",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(255));
    assert_eq!(
        stderr(&out),
        "\niotmit: [ERROR]: Invalid endpoint: https://iot..amazonaws.com\n"
    );
}

#[test]
fn http_proxy_forwards_with_its_credentials() {
    let proxy = Proxy::start();
    let env = Env::new("iso8601");
    let with_auth = proxy.url.replace("http://", "http://us%40er:p%3Ass@");
    let out = env
        .command()
        .env("HTTP_PROXY", "http://127.0.0.1:9")
        .env("http_proxy", &with_auth)
        .args(["describe-mitigation-action", "--action-name", "x"])
        .args(["--endpoint-url", "http://iot.example.invalid:8080"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "{\n    \"actionName\": \"proxied\"\n}\n"
    );
    let heads = proxy.heads();
    assert_eq!(heads.len(), 1);
    assert!(heads[0].starts_with(
        "GET http://iot.example.invalid:8080/mitigationactions/actions/x HTTP/1.1\r\n"
    ));
    // base64 of "us@er:p:ss"
    assert!(
        heads[0].contains("proxy-authorization: Basic dXNAZXI6cDpzcw==\r\n"),
        "{}",
        heads[0]
    );
}

#[test]
fn a_proxy_user_without_a_password_sends_no_credentials() {
    let proxy = Proxy::start();
    let env = Env::new("iso8601");
    let out = env
        .command()
        .env("HTTP_PROXY", proxy.url.replace("http://", "user@"))
        .args(["describe-mitigation-action", "--action-name", "x"])
        .args(["--endpoint-url", "http://iot.example.invalid"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let heads = proxy.heads();
    assert_eq!(heads.len(), 1);
    assert!(!heads[0].contains("proxy-authorization"), "{}", heads[0]);
}

#[test]
fn no_proxy_entries_bypass_the_proxy() {
    let stub = Stub::start(vec![]);
    let port = stub.url.rsplit(':').next().unwrap().to_string();
    let env = Env::new("iso8601");
    let dead = "http://127.0.0.1:9";
    for no_proxy in [
        "127.0.0.1",
        ".0.0.1",
        &format!("127.0.0.1:{port}"),
        "other, 127.0.0.1",
        "*",
    ] {
        let out = env
            .command()
            .env("HTTP_PROXY", dead)
            .env("NO_PROXY", no_proxy)
            .args(["describe-mitigation-action", "--action-name", "x"])
            .args(["--endpoint-url", &stub.url])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "NO_PROXY={no_proxy}: {}",
            stderr(&out)
        );
    }
    // An entry for another port, or a network, does not match: the dead proxy is used (and its
    // credentials are masked in the message).
    for no_proxy in ["127.0.0.1:1", "127.0.0.0/8"] {
        let out = env
            .command()
            .env("HTTP_PROXY", "http://user:secret@127.0.0.1:9")
            .env("no_proxy", no_proxy)
            .env("AWS_MAX_ATTEMPTS", "1")
            .args(["describe-mitigation-action", "--action-name", "x"])
            .args(["--endpoint-url", &stub.url])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(255), "NO_PROXY={no_proxy}");
        assert_eq!(
            stderr(&out),
            "\niotmit: [ERROR]: Failed to connect to proxy URL: \"http://***:***@127.0.0.1:9\"\n"
        );
    }
    assert_eq!(stub.requests().len(), 5);
}
