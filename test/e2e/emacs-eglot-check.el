;;; Drives Emacs's eglot (Debian 12: Emacs 28 + elpa-eglot 1.9; built into Emacs 29) against the
;;; Leakproof server, in batch mode, after loading the README's snippet (SNIPPET) verbatim.
;;; Usage: SNIPPET=snippet.el FILE=settings.py WAIT_MS=30000 emacs --batch -l emacs-eglot-check.el
;;; Prints DIAG lines and exits 0 when flymake received a diagnostic from the server, 1 otherwise.
(load (getenv "SNIPPET") nil t)
(require 'eglot)
(find-file (getenv "FILE"))
;; M-x eglot, without the prompt: eglot-ensure waits for a command loop that batch mode never runs.
(apply #'eglot (eglot--guess-contact))
(flymake-start)
(let ((deadline (+ (float-time) (/ (string-to-number (or (getenv "WAIT_MS") "30000")) 1000.0))))
  (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
    (accept-process-output nil 0.05)))
(dolist (d (flymake-diagnostics))
  (princ (format "DIAG %d %s\n" (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-text d))))
(princ (if (flymake-diagnostics) "OK\n" "FAIL: no diagnostics\n"))
(kill-emacs (if (flymake-diagnostics) 0 1))
