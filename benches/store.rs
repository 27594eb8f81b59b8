//! Saved stats (divan): saves by eight concurrent writers (each acknowledged once its
//! transaction has committed; target ≥ 5 000 saves/s), a profile lookup (kept in
//! memory, a saver's first one from the database, and someone who never saved), and what the lookup adds to `/gains`
//! (target ≤ 1 ms). `cargo bench --bench store`.

// A benchmark that cannot measure stops.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use answers::{Answers, Request};
use catalogue::{Identity, Platform, Profile};
use divan::counter::ItemsCount;
use edge::service::Service;
use figures::Rates;
use store::Store;
use tokio::runtime::Runtime;
use values::Lang;

/// The allocator the `gainsbot` binary ships with.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const WRITERS: usize = 8;

static RUNTIME: LazyLock<Runtime> = LazyLock::new(|| {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
});

/// A SQLite store in a folder that lives as long as the bench, with one saved user.
static STORE: LazyLock<(tempfile::TempDir, Store)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().unwrap();
    let _in_runtime = RUNTIME.enter();
    let store = Store::new(&format!("sqlite://{}/bench.db", dir.path().display())).unwrap();
    RUNTIME.block_on(async {
        store.migrate().await.unwrap();
        let profile = Profile {
            followers: Some(120_000),
            views30d: Some(1_000_000),
            ..Profile::default()
        };
        store.save(&who(0), &profile, 1).await.unwrap();
    });
    (dir, store)
});

fn who(n: usize) -> Identity {
    Identity {
        platform: Platform::Console,
        user_id: format!("bench-{n}"),
    }
}

fn service(store: Option<Store>) -> Service {
    Service::new(Answers::new(Rates::embedded().unwrap(), Lang::Fr), store)
}

fn main() {
    divan::main();
}

/// Eight users saving at once: their saves share transactions (group commit).
#[divan::bench(sample_count = 50)]
fn concurrent_saves(bencher: divan::Bencher) {
    let store = &STORE.1;
    let next = AtomicUsize::new(1);
    bencher.counter(ItemsCount::new(WRITERS)).bench(|| {
        RUNTIME.block_on(async {
            let saves = (0..WRITERS).map(|_| {
                let n = next.fetch_add(1, Ordering::Relaxed);
                let store = store.clone();
                tokio::spawn(async move {
                    let profile = Profile {
                        followers: Some(n as u64),
                        views30d: Some(150_000),
                        ..Profile::default()
                    };
                    store.save(&who(n), &profile, 1).await.unwrap();
                })
            });
            for save in saves.collect::<Vec<_>>() {
                save.await.unwrap();
            }
        })
    });
}

/// One saved profile read back: after the first time, from the profile cache.
#[divan::bench]
fn profile_lookup(bencher: divan::Bencher) {
    let (store, alice) = (&STORE.1, who(0));
    bencher.bench(|| RUNTIME.block_on(store.profile(black_box(&alice))).unwrap());
}

/// A saver's first message since the process started: the lookup goes to SQLite (its
/// worker thread). Each is saved just before, outside the time measured.
#[divan::bench]
fn profile_lookup_first_time(bencher: divan::Bencher) {
    let store = &STORE.1;
    let next = AtomicUsize::new(1_000_000);
    let profile = Profile {
        followers: Some(5_000),
        ..Profile::default()
    };
    bencher
        .with_inputs(|| {
            let saver = who(next.fetch_add(1, Ordering::Relaxed));
            RUNTIME.block_on(store.save(&saver, &profile, 1)).unwrap();
            saver
        })
        .bench_refs(|saver| RUNTIME.block_on(store.profile(black_box(saver))).unwrap());
}

/// Someone who never saved, asking for the first time: answered from who saved.
#[divan::bench]
fn profile_lookup_never_saved(bencher: divan::Bencher) {
    let store = &STORE.1;
    let next = AtomicUsize::new(2_000_000_000);
    bencher.bench(|| {
        let stranger = who(next.fetch_add(1, Ordering::Relaxed));
        RUNTIME
            .block_on(store.profile(black_box(&stranger)))
            .unwrap()
    });
}

/// `/gains` with the views typed in, no store: the floor.
#[divan::bench]
fn gains_typed(bencher: divan::Bencher) {
    let service = service(None);
    let request = Request {
        text: "/gains vues:1000000 abonnes:120000",
        lang: None,
        locale: None,
        card: false,
        shared: false,
    };
    bencher.bench(|| RUNTIME.block_on(service.handle(None, black_box(&request))));
}

/// `/gains` alone, filled from the saved profile.
#[divan::bench]
fn gains_from_saved_stats(bencher: divan::Bencher) {
    let (service, alice) = (service(Some(STORE.1.clone())), who(0));
    let request = Request {
        text: "/gains",
        lang: None,
        locale: None,
        card: false,
        shared: false,
    };
    bencher.bench(|| RUNTIME.block_on(service.handle(Some(&alice), black_box(&request))));
}
