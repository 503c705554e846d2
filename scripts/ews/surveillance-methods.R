# Shared by run-surveillance.R (fixtures) and bench-surveillance.R (benchmark): how each method is
# called in R surveillance 1.20.3 and how its answer is read back per week.
suppressPackageStartupMessages(library(surveillance))

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

read_series <- function(path) {
  counts <- read.csv(path, colClasses = c("character", "integer", "numeric"))
  ids <- unique(counts$series_id)
  series <- lapply(ids, function(id) {
    rows <- counts[counts$series_id == id, ]
    y <- rep(NA_real_, max(rows$week_index))
    y[rows$week_index] <- rows$count
    y
  })
  names(series) <- ids
  series
}

# Runs the method as a user would: build the sts object, call the package.
call_method <- function(method, y, range, control) {
  control$range <- range
  s <- sts(observed = matrix(y, ncol = 1), frequency = 52)
  switch(method,
    farringtonFlexible = farringtonFlexible(s, control = control),
    farrington = algo.farrington(sts2disProg(s), control = control),
    C1 = , C2 = , C3 = earsC(s, control = modifyList(control, list(method = method))),
    cusum = algo.cusum(sts2disProg(s), control = control),
    stop("unknown method ", method))
}

# Per-week expected, upperbound and alarm from the package's answer (EWS.md §6).
extract <- function(method, r, y, range, control) {
  if (method == "farringtonFlexible") {
    return(data.frame(week = range, expected = as.vector(r@control$expected),
      upperbound = as.vector(upperbound(r)), alarm = as.vector(alarms(r))))
  }
  if (method == "farrington") {
    return(data.frame(week = range, expected = r$control$pd[, 2],
      upperbound = as.vector(r$upperbound), alarm = as.vector(r$alarm) == 1))
  }
  if (method %in% c("C1", "C2", "C3")) {
    B <- if (is.null(control$baseline)) 7 else control$baseline
    lags <- if (method == "C1") c(B, 1) else c(B + 2, 3)
    expected <- sapply(range, function(k) mean(y[(k - lags[1]):(k - lags[2])]))
    return(data.frame(week = range, expected = expected,
      upperbound = as.vector(upperbound(r)), alarm = as.vector(alarms(r))))
  }
  m <- r$control$m
  if (length(m) == 1) m <- rep(m, length(range))
  data.frame(week = range, expected = as.vector(m), upperbound = as.vector(r$upperbound),
    alarm = as.vector(r$alarm) == 1)
}

run_method <- function(method, y, range, control) {
  extract(method, call_method(method, y, range, control), y, range, control)
}

write_rows <- function(out, prefix, res) {
  writeLines(paste(prefix, res$week, num(res$expected), num(res$upperbound), flag(res$alarm),
    res$status, res$message, sep = ","), out)
}
