//! A database that never answers: it accepts connections and says nothing, so every
//! query waits out the store's timeout, as a hung server does.

/// A PostgreSQL URL whose server accepts and never answers.
pub async fn database() -> String {
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!(
        "postgres://gainsbot@{}/gainsbot",
        silent.local_addr().unwrap()
    );
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((tcp, _)) = silent.accept().await {
            held.push(tcp);
        }
    });
    url
}
