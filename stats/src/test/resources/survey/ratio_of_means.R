library(survey)
options(digits = 15)
# two independent survey means with their standard errors, as a district reports them
f <- function(mF, sF, mM, sM) {
  est <- structure(c(F = mF, M = mM), var = diag(c(sF^2, sM^2)), statistic = "mean", class = "svystat")
  lr <- svycontrast(est, quote(log(F / M)))
  r <- svycontrast(est, quote(F / M))
  z <- qnorm(0.975)
  cat(mF, sF, mM, sM, "ratio", coef(r), "se", SE(r), "logse", SE(lr),
      "ci", exp(coef(lr) - z * SE(lr)), exp(coef(lr) + z * SE(lr)), "\n")
}
f(19.6, 0.9, 10.7, 0.7)
f(23.5, 1.2, 20.0, 1.1)
f(5, 2, 4, 3)
# the sample district 2023 (data/sample/counts/2023/614.csv)
f(19.6, 0.5, 10.7, 0.5)
