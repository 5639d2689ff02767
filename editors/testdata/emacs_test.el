;;; emacs_test.el --- headless check of editors/emacs/httpstatus-lsp.el  -*- lexical-binding: t; -*-
;; Run by editors_test.go:  emacs --batch -Q -l emacs_test.el
;; Environment: HTTPSTATUS_BIN, HTTPSTATUS_FILE (Go file with w.WriteHeader(404)
;; and w.WriteHeader(299)), HTTPSTATUS_OUT (result JSON), HTTPSTATUS_EMACS_DIR.

(require 'json)
(require 'subr-x)
(require 'lisp-mnt)

(defvar hs-result nil)
(defun hs-put (key value) (push (cons key value) hs-result))

(defun hs-finish ()
  (with-temp-file (getenv "HTTPSTATUS_OUT")
    (insert (json-encode hs-result)))
  (kill-emacs 0))

(defun hs-wait (pred seconds)
  "Process events until PRED is non-nil or SECONDS pass; return PRED's value."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun hs-hover-text (contents)
  (cond ((stringp contents) contents)
        ((and (listp contents) (plist-get contents :value)) (plist-get contents :value))
        ((vectorp contents) (mapconcat #'hs-hover-text contents "\n"))
        (t nil)))

(condition-case err
    (progn
      ;; Eglot is built in from Emacs 29; Debian's elpa-eglot serves Emacs 28.
      (unless (require 'eglot nil t)
        (setq package-directory-list
              (list (expand-file-name "../../site-lisp/elpa" data-directory)))
        (package-initialize)
        (require 'eglot))
      (hs-put 'emacs emacs-version)
      (hs-put 'eglot (or (ignore-errors
                           (with-temp-buffer
                             (insert-file-contents (find-library-name "eglot"))
                             (lm-version)))
                         ""))
      (add-to-list 'load-path (getenv "HTTPSTATUS_EMACS_DIR"))
      (require 'httpstatus-lsp)
      (hs-put 'feature (featurep 'httpstatus-lsp))
      (hs-put 'default_command (eval (car (get 'httpstatus-lsp-command 'standard-value))))
      (setq httpstatus-lsp-command (list (getenv "HTTPSTATUS_BIN") "--stdio"))
      (unless (require 'go-mode nil t)
        ;; Without elpa-go-mode, a stand-in major mode named like the real one.
        (define-derived-mode go-mode prog-mode "Go")
        (hs-put 'go_mode_stub t))
      (add-to-list 'auto-mode-alist '("\\.go\\'" . go-mode))
      (setq eglot-sync-connect 10)
      (find-file (getenv "HTTPSTATUS_FILE"))
      (hs-put 'major_mode (symbol-name major-mode))
      (apply #'eglot (eglot--guess-contact))
      (let ((server (hs-wait (lambda () (and (eglot-managed-p) (eglot-current-server))) 15)))
        (hs-put 'connected (and server t))
        (when server
          (hs-put 'server_command (process-command (jsonrpc--process server)))
          (hs-put 'language_id (ignore-errors (eglot--language-id server)))
          ;; Hover on the 404 of w.WriteHeader(404).
          (goto-char (point-min))
          (when (search-forward "WriteHeader(404" nil t)
            (backward-char 2)
            (let ((hover (hs-wait (lambda ()
                                    (let ((res (jsonrpc-request server :textDocument/hover
                                                                (eglot--TextDocumentPositionParams))))
                                      (and res (hs-hover-text (plist-get res :contents)))))
                                  10)))
              (hs-put 'hover hover)))
          ;; Flymake diagnostics for w.WriteHeader(299).
          (let ((diag (hs-wait (lambda ()
                                 (flymake-start)
                                 (seq-find (lambda (d) (string-match-p "299" (flymake-diagnostic-text d)))
                                           (flymake-diagnostics)))
                               15)))
            (hs-put 'flymake_mode (and flymake-mode t))
            (hs-put 'diagnostics
                    (vconcat (mapcar (lambda (d)
                                       (list (cons 'text (flymake-diagnostic-text d))
                                             (cons 'type (symbol-name (flymake-diagnostic-type d)))
                                             (cons 'line (line-number-at-pos (flymake-diagnostic-beg d)))))
                                     (flymake-diagnostics))))
            (hs-put 'diagnostic_found (and diag t)))
          ;; Completion after `http.Status' on a new line.
          (goto-char (point-min))
          (search-forward "WriteHeader(299)")
          (end-of-line)
          (insert "\n\tw.WriteHeader(http.Status")
          (eglot--signal-textDocument/didChange)
          (let ((res (jsonrpc-request server :textDocument/completion
                                      (eglot--CompletionParams))))
            (let ((items (if (vectorp res) res (plist-get res :items))))
              (hs-put 'completion (vconcat (mapcar (lambda (it) (plist-get it :label)) items)))))
          (set-buffer-modified-p nil)
          (ignore-errors (eglot-shutdown server)))))
  (error (hs-put 'error (format "%S" err))))
(hs-finish)
