//! `iotmit`: the AWS IoT Device Defender mitigation commands of `aws iot`, as one fast binary.
//! The program lives in the library (`iotmit::cli` runs a command line); this is its entry point.
//!
//! On Linux with glibc the C `main` is ours (`no_main`), and it does what std's start-up would
//! do and iotmit needs: standard descriptors that are closed are opened on /dev/null, SIGPIPE is
//! ignored (a write to a closed pipe is an error the program handles), and a panic ends the
//! process with 101. What it leaves out is std's guard against stack overflow, whose set-up reads
//! the whole of /proc/self/maps at every start; an overflow is then a plain SIGSEGV instead of
//! a message and SIGABRT. glibc hands the arguments to std before `main` runs, so
//! `std::env::args_os` is the same either way.
#![cfg_attr(all(target_os = "linux", target_env = "gnu", not(test)), no_main)]

use iotmit::error::CliError;

fn run() -> i32 {
    iotmit::settings::endpoint::drop_empty_variables();
    iotmit::interrupt::install();
    let argv: Vec<String> = match std::env::args_os()
        .skip(1)
        .map(|a| a.into_string())
        .collect::<std::result::Result<Vec<_>, _>>()
    {
        Ok(a) => a,
        Err(bad) => {
            let e = CliError::Usage(format!("an argument is not valid UTF-8: {bad:?}"));
            eprint!("{}", e.render());
            return e.exit_code();
        }
    };
    iotmit::cli::main_with_args(&argv)
}

#[cfg(any(not(all(target_os = "linux", target_env = "gnu")), test))]
fn main() {
    std::process::exit(run());
}

#[cfg(all(target_os = "linux", target_env = "gnu", not(test)))]
#[no_mangle]
extern "C" fn main(_argc: libc::c_int, _argv: *const *const libc::c_char) -> libc::c_int {
    let mut fds = [0, 1, 2].map(|fd| libc::pollfd {
        fd,
        events: 0,
        revents: 0,
    });
    // SAFETY: `fds` is a valid array of three pollfd; open(2) and signal(2) take valid arguments.
    unsafe {
        if libc::poll(fds.as_mut_ptr(), 3, 0) != -1 {
            for fd in fds.iter().filter(|fd| fd.revents & libc::POLLNVAL != 0) {
                // The lowest free descriptor is the closed one.
                if libc::open(c"/dev/null".as_ptr(), libc::O_RDWR) != fd.fd {
                    libc::abort();
                }
            }
        }
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
    // A panic has printed its message; it ends the process as std's `main` would end it.
    let code = std::panic::catch_unwind(run).unwrap_or(101);
    std::process::exit(code)
}
