//! Numbers that are not statuses, next to a few that are. "404" in docs is prose.
use std::time::Duration;

#[derive(Debug)]
pub struct Limits {
    pub max_body: usize,
    pub retries: u8,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_body: ‹404› * ‹1024›, retries: ‹3› }
    }
}

pub fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(‹100› * 2u64.pow(attempt)).min(Duration::from_secs(‹30›))
}

pub fn classify<'a>(code: u16, label: &'a str) -> &'a str {
    if code >= ‹500› { "bad" } else { label }
}

pub async fn handler(State(db): State<Db>) -> Result<impl IntoResponse, (StatusCode, String)> {
    let rows = db.query("SELECT * FROM t LIMIT 404").await
        .map_err(|e| (StatusCode::«INTERNAL_SERVER_ERROR», e.to_string()))?;
    let status = StatusCode::from_u16(«207»).expect("valid");
    let arr = [‹200›u16, ‹404›u16];
    let y = ‹404›.0_f64;
    let c = b'4';
    let lifetime_holder: &'static str = "x";
    Ok((status, Json(rows)))
}

pub fn respond(resp: &reqwest::Response) -> bool {
    let s = resp.status();
    s == StatusCode::«OK» || s.as_u16() == «304»
}

#[test]
fn parse_ok() {
    let r = Response::builder().status(«404»).body(()).unwrap();
    assert_eq!(r.status(), «404»);
    assert_eq!(parse("x").len(), ‹404›);
}
