" httpstatus-lsp for ALE (https://github.com/dense-analysis/ale).
" Source this file from your vimrc after ALE is loaded, e.g.
"   packadd ale            (if ALE is an optional package)
"   source ~/path/to/httpstatus-lsp/editors/vim/ale.vim
" Set g:ale_httpstatus_executable to the binary if it is not on PATH.

let g:ale_httpstatus_executable = get(g:, 'ale_httpstatus_executable', 'httpstatus-lsp')
" Server settings, same keys as .httpstatus.toml: rules, codes, style, hints, ignore.
let g:ale_httpstatus_config = get(g:, 'ale_httpstatus_config', {})

let s:filetypes = ['go', 'javascript', 'typescript', 'javascriptreact',
\   'typescriptreact', 'python', 'java', 'kotlin', 'cs', 'rust', 'ruby', 'php',
\   'yaml', 'json', 'http', 'markdown']

" ALE runs only these linters by default for some filetypes; keep them and
" add httpstatus (other filetypes run every available linter anyway).
let s:ale_defaults = {
\   'go': ['gofmt', 'golint', 'gopls', 'govet'],
\   'json': ['jsonlint', 'spectral', 'vscodejson'],
\   'python': ['flake8', 'mypy', 'pylint', 'pyright', 'ruff'],
\   'rust': ['cargo', 'rls'],
\   'yaml': ['spectral', 'yaml-language-server', 'yamllint'],
\}

function! s:HttpstatusRoot(buffer) abort
    for l:marker in ['.httpstatus.toml', 'go.mod', 'package.json']
        let l:found = ale#path#FindNearestFile(a:buffer, l:marker)
        if !empty(l:found)
            return fnamemodify(l:found, ':h')
        endif
    endfor
    let l:git = ale#path#FindNearestDirectory(a:buffer, '.git')
    if !empty(l:git)
        return fnamemodify(l:git, ':h:h')
    endif
    return expand('#' . a:buffer . ':p:h')
endfunction

let g:ale_linters = get(g:, 'ale_linters', {})
for s:ft in s:filetypes
    call ale#linter#Define(s:ft, {
    \   'name': 'httpstatus',
    \   'lsp': 'stdio',
    \   'executable': {b -> ale#Var(b, 'httpstatus_executable')},
    \   'command': '%e --stdio',
    \   'project_root': function('s:HttpstatusRoot'),
    \   'initialization_options': {b -> ale#Var(b, 'httpstatus_config')},
    \   'lsp_config': {b -> {'httpstatus': ale#Var(b, 'httpstatus_config')}},
    \})
    if has_key(g:ale_linters, s:ft)
        if type(g:ale_linters[s:ft]) is v:t_list && index(g:ale_linters[s:ft], 'httpstatus') < 0
            call add(g:ale_linters[s:ft], 'httpstatus')
        endif
    elseif has_key(s:ale_defaults, s:ft)
        let g:ale_linters[s:ft] = s:ale_defaults[s:ft] + ['httpstatus']
    endif
endfor
unlet s:ft
