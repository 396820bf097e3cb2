//! `iotmit`: the AWS IoT Device Defender mitigation commands of `aws iot`, as one fast binary.
//! The program lives in the library (`iotmit::cli` runs a command line); this is its entry point.

use iotmit::error::CliError;

fn main() {
    iotmit::cli::interrupt::install();
    let argv: Vec<String> = match std::env::args_os()
        .skip(1)
        .map(|a| a.into_string())
        .collect::<std::result::Result<Vec<_>, _>>()
    {
        Ok(a) => a,
        Err(bad) => {
            let e = CliError::Usage(format!("an argument is not valid UTF-8: {bad:?}"));
            eprint!("{}", e.render());
            std::process::exit(e.exit_code());
        }
    };
    std::process::exit(iotmit::cli::main_with_args(&argv));
}
