# Times R surveillance on the benchmark's series and writes its answers for the agreement check.
# Usage: Rscript scripts/ews/bench-surveillance.R counts.csv out.csv method...
# Each method runs with its defaults on the last 52 weeks (farringtonFlexible: from week 52b+w = 263,
# the first it can answer). Prints one line per method: "timing <method> <seconds> <series-weeks>".
# Only the sts construction and the package call are timed.
here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
source(file.path(here, "surveillance-methods.R"))
args <- commandArgs(trailingOnly = TRUE)
series <- read_series(args[1])
out <- file(args[2], "w")
writeLines("method,series_id,week_index,expected,upperbound,alarm,status,message", out)
for (method in args[-(1:2)]) {
  elapsed <- 0
  weeks <- 0
  for (id in names(series)) {
    y <- series[[id]]
    first <- length(y) - 51
    if (method == "farringtonFlexible") first <- max(first, 52 * 5 + 3)
    range <- first:length(y)
    weeks <- weeks + length(range)
    started <- proc.time()[["elapsed"]]
    r <- tryCatch(suppressWarnings(call_method(method, y, range, list())), error = function(e) e)
    elapsed <- elapsed + proc.time()[["elapsed"]] - started
    res <- if (inherits(r, "error")) {
      data.frame(week = range, expected = NA, upperbound = NA, alarm = NA, status = "error", message = "")
    } else {
      cbind(extract(method, r, y, range, list()), status = "ok", message = "")
    }
    write_rows(out, paste(method, id, sep = ","), res)
  }
  cat("timing", method, elapsed, weeks, "\n")
}
close(out)
