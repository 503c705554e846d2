# Runs R surveillance (1.20.3) on a counts CSV for every variant of a variants TSV and writes R's
# per-week answers, the reference the TypeScript engine is tested against.
# Usage: Rscript scripts/ews/run-surveillance.R counts.csv variants.tsv out.csv
# Where R stops a whole series (infeasible week, missing reference week), the weeks are re-run one at a
# time so that every week that R can answer is answered; the others are written with status "error".
suppressPackageStartupMessages(library(surveillance))
args <- commandArgs(trailingOnly = TRUE)
counts <- read.csv(args[1], colClasses = c("character", "integer", "numeric"))
variants <- read.delim(args[2], colClasses = "character", na.strings = character(0))

parse_value <- function(raw) {
  if (raw %in% c("true", "TRUE")) return(TRUE)
  if (raw %in% c("false", "FALSE")) return(FALSE)
  parts <- strsplit(raw, ",", fixed = TRUE)[[1]]
  nums <- suppressWarnings(as.numeric(parts))
  if (!any(is.na(nums))) return(nums)
  raw
}

parse_settings <- function(text) {
  control <- list()
  if (is.na(text) || text == "") return(control)
  for (item in strsplit(text, ";", fixed = TRUE)[[1]]) {
    kv <- strsplit(item, "=", fixed = TRUE)[[1]]
    control[[kv[1]]] <- parse_value(kv[2])
  }
  control
}

num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
flag <- function(x) ifelse(is.na(x), "NA", ifelse(x, "TRUE", "FALSE"))

baseline_mean <- function(y, k, from, to) mean(y[(k - from):(k - to)])

run_method <- function(method, y, range, control) {
  control$range <- range
  s <- sts(observed = matrix(y, ncol = 1), frequency = 52)
  if (method == "farringtonFlexible") {
    r <- farringtonFlexible(s, control = control)
    return(data.frame(week = range, expected = as.vector(r@control$expected),
      upperbound = as.vector(upperbound(r)), alarm = as.vector(alarms(r))))
  }
  if (method == "farrington") {
    r <- algo.farrington(sts2disProg(s), control = control)
    return(data.frame(week = range, expected = r$control$pd[, 2],
      upperbound = as.vector(r$upperbound), alarm = as.vector(r$alarm) == 1))
  }
  if (method %in% c("C1", "C2", "C3")) {
    control$method <- method
    r <- earsC(s, control = control)
    B <- if (is.null(control$baseline)) 7 else control$baseline
    lags <- if (method == "C1") c(B, 1) else c(B + 2, 3)
    return(data.frame(week = range, expected = sapply(range, function(k) baseline_mean(y, k, lags[1], lags[2])),
      upperbound = as.vector(upperbound(r)), alarm = as.vector(alarms(r))))
  }
  if (method == "cusum") {
    r <- algo.cusum(sts2disProg(s), control = control)
    m <- r$control$m
    if (length(m) == 1) m <- rep(m, length(range))
    return(data.frame(week = range, expected = as.vector(m),
      upperbound = as.vector(r$upperbound), alarm = as.vector(r$alarm) == 1))
  }
  stop("unknown method ", method)
}

run_weeks <- function(method, y, range, control) {
  whole <- tryCatch(suppressWarnings(run_method(method, y, range, control)), error = function(e) e)
  if (!inherits(whole, "error")) return(cbind(whole, status = "ok", message = ""))
  if (method %in% c("cusum")) {
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
  for (id in unique(counts$series_id)) {
    rows <- counts[counts$series_id == id, ]
    y <- rep(NA_real_, max(rows$week_index))
    y[rows$week_index] <- rows$count
    n <- length(y)
    range <- (n - as.integer(variant$weeks) + 1):n
    res <- run_weeks(variant$method, y, range, control)
    writeLines(paste(variant$variant, id, res$week, num(res$expected), num(res$upperbound),
      flag(res$alarm), res$status, res$message, sep = ","), out)
  }
  message(variant$variant, " done")
}
close(out)
