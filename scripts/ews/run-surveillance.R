# Runs R surveillance (1.20.3) on a counts CSV for every variant of a variants TSV and writes R's
# per-week answers, the reference the TypeScript engine is tested against.
# Usage: Rscript scripts/ews/run-surveillance.R counts.csv variants.tsv out.csv
# Where R stops a whole series (infeasible week, missing reference week), the weeks are re-run one at a
# time so that every week that R can answer is answered; the others are written with status "error".
here <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
source(file.path(here, "surveillance-methods.R"))
args <- commandArgs(trailingOnly = TRUE)
series <- read_series(args[1])
variants <- read.delim(args[2], colClasses = "character", na.strings = character(0))

run_weeks <- function(method, y, range, control) {
  whole <- tryCatch(suppressWarnings(run_method(method, y, range, control)), error = function(e) e)
  if (!inherits(whole, "error")) return(cbind(whole, status = "ok", message = ""))
  if (method == "cusum") {
    return(data.frame(week = range, expected = NA, upperbound = NA, alarm = NA, status = "error",
      message = conditionMessage(whole)))
  }
  rows <- lapply(range, function(k) {
    one <- tryCatch(suppressWarnings(run_method(method, y, k, control)), error = function(e) e)
    if (inherits(one, "error")) {
      return(data.frame(week = k, expected = NA, upperbound = NA, alarm = NA, status = "error",
        message = gsub("[\r\n,]", " ", conditionMessage(one))))
    }
    cbind(one, status = "ok", message = "")
  })
  do.call(rbind, rows)
}

out <- file(args[3], "w")
writeLines("variant,series_id,week_index,expected,upperbound,alarm,status,message", out)
for (v in seq_len(nrow(variants))) {
  variant <- variants[v, ]
  control <- parse_settings(variant$settings)
  for (id in names(series)) {
    y <- series[[id]]
    n <- length(y)
    range <- (n - as.integer(variant$weeks) + 1):n
    write_rows(out, paste(variant$variant, id, sep = ","), run_weeks(variant$method, y, range, control))
  }
  message(variant$variant, " done")
}
close(out)
