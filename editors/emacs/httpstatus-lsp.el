;;; httpstatus-lsp.el --- HTTP status codes in Eglot via httpstatus-lsp  -*- lexical-binding: t; -*-

;; Copyright (C) 2026 The httpstatus-lsp authors

;; Author: The httpstatus-lsp authors
;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1") (eglot "1.9"))
;; Keywords: languages, tools, http
;; URL: https://github.com/httpstatus-lsp/httpstatus-lsp
;; SPDX-License-Identifier: MIT

;; This file is not part of GNU Emacs.

;;; Commentary:

;; Registers the httpstatus-lsp language server with Eglot, so that
;; `M-x eglot' (or `eglot-ensure') in a Go, Python, JavaScript/TypeScript,
;; Java, Ruby, PHP, YAML or JSON buffer starts it.  The server explains HTTP
;; status codes on hover, completes status constants and numbers, and warns
;; about odd codes (for example `w.WriteHeader(299)').
;;
;;   (use-package httpstatus-lsp
;;     :load-path "/path/to/httpstatus-lsp/editors/emacs"
;;     :hook ((go-mode python-mode js-mode) . eglot-ensure))
;;
;; Eglot runs one server per buffer: for the modes listed in
;; `httpstatus-lsp-modes' this server is used instead of the one Eglot
;; would pick otherwise (gopls, pylsp, ...).  Trim that list to keep your
;; usual server in some modes.
;;
;; Server settings go in `eglot-workspace-configuration' under the key
;; `:httpstatus', for example
;;
;;   (setq-default eglot-workspace-configuration
;;                 '(:httpstatus (:style "constant" :hints t)))

;;; Code:

(require 'eglot)
(require 'seq)

(defgroup httpstatus-lsp nil
  "HTTP status codes via the httpstatus-lsp language server."
  :group 'eglot
  :prefix "httpstatus-lsp-")

(defcustom httpstatus-lsp-command '("httpstatus-lsp" "--stdio")
  "Program and arguments that start the httpstatus-lsp server over stdio."
  :type '(repeat string)
  :group 'httpstatus-lsp)

(defcustom httpstatus-lsp-modes
  ;; JSON comes before JavaScript: `js-json-mode' derives from `js-mode'.
  '(((json-mode json-ts-mode js-json-mode) . "json")
    ((go-mode go-ts-mode) . "go")
    ((python-mode python-ts-mode) . "python")
    ((typescript-mode typescript-ts-mode) . "typescript")
    ((tsx-ts-mode) . "typescriptreact")
    ((js-jsx-mode rjsx-mode) . "javascriptreact")
    ((js-mode js-ts-mode js2-mode) . "javascript")
    ((java-mode java-ts-mode) . "java")
    ((ruby-mode ruby-ts-mode enh-ruby-mode) . "ruby")
    ((php-mode php-ts-mode) . "php")
    ((yaml-mode yaml-ts-mode) . "yaml"))
  "Major modes served by httpstatus-lsp, grouped by LSP language id.
Each element is (MODES . LANGUAGE-ID).  Changing this variable through
Customize registers the new list with Eglot."
  :type '(alist :key-type (repeat symbol) :value-type string)
  :set (lambda (symbol value)
         (set-default symbol value)
         (when (featurep 'httpstatus-lsp)
           (httpstatus-lsp-register)))
  :group 'httpstatus-lsp)

(defun httpstatus-lsp--contact (&optional _interactive)
  "Return the server command for Eglot, read when the server starts."
  httpstatus-lsp-command)

(defun httpstatus-lsp--entry-p (entry)
  "Return non-nil if ENTRY of `eglot-server-programs' was added here."
  (eq (cdr-safe entry) #'httpstatus-lsp--contact))

(defun httpstatus-lsp-unregister ()
  "Remove httpstatus-lsp from `eglot-server-programs'."
  (interactive)
  (setq eglot-server-programs
        (seq-remove #'httpstatus-lsp--entry-p eglot-server-programs)))

(defun httpstatus-lsp-register ()
  "Add httpstatus-lsp to the front of `eglot-server-programs'.
One entry per language, so that every buffer is announced to the
server with its own language id."
  (interactive)
  (httpstatus-lsp-unregister)
  (dolist (group (reverse httpstatus-lsp-modes))
    (push (cons (mapcar (lambda (mode) (list mode :language-id (cdr group)))
                        (car group))
                #'httpstatus-lsp--contact)
          eglot-server-programs)))

(httpstatus-lsp-register)

(provide 'httpstatus-lsp)
;;; httpstatus-lsp.el ends here
