" Headless Vim + ALE check of editors/vim/ale.vim, run by editors_test.go:
"   vim -N -u NONE -i NONE -n -X --not-a-term -S vim_ale_test.vim main.go
" Environment: HTTPSTATUS_BIN, HTTPSTATUS_OUT, HTTPSTATUS_ALE (ALE's
" directory), HTTPSTATUS_SNIPPET (editors/vim/ale.vim).
let s:res = {'vim': printf('%d.%d.%d', v:version / 100, v:version % 100, v:versionlong % 10000)}

function! s:Finish() abort
    call writefile([json_encode(s:res)], $HTTPSTATUS_OUT)
    qall!
endfunction

function! s:Wait(cond, ms) abort
    let l:waited = 0
    while !eval(a:cond) && l:waited < a:ms
        sleep 50m
        let l:waited += 50
    endwhile
    return eval(a:cond)
endfunction

function! s:Has299() abort
    for l:item in ale#engine#GetLoclist(bufnr(''))
        if l:item.text =~# '299'
            return 1
        endif
    endfor
    return 0
endfunction

function! s:PreviewText() abort
    for l:win in range(1, winnr('$'))
        if getwinvar(l:win, '&previewwindow')
            return join(getbufline(winbufnr(l:win), 1, '$'), "\n")
        endif
    endfor
    return ''
endfunction

try
    execute 'set runtimepath^=' . fnameescape($HTTPSTATUS_ALE)
    filetype plugin on
    let g:ale_lint_on_enter = 1
    let g:ale_hover_to_preview = 1
    let g:ale_echo_cursor = 0
    runtime plugin/ale.vim
    let g:ale_httpstatus_executable = $HTTPSTATUS_BIN
    execute 'source ' . fnameescape($HTTPSTATUS_SNIPPET)
    edit!
    let s:res.filetype = &filetype
    let s:res.linters = map(copy(ale#linter#Get(&filetype)), 'v:val.name')
    ALELint
    call s:Wait('s:Has299()', 15000)
    let s:res.loclist = map(copy(ale#engine#GetLoclist(bufnr(''))),
    \   '{"lnum": v:val.lnum, "col": v:val.col, "type": v:val.type, "text": v:val.text, "linter": get(v:val, "linter_name", "")}')

    " Hover on the 404 of w.WriteHeader(404).
    call cursor(1, 1)
    call search('WriteHeader(404', 'e')
    normal! h
    let s:tries = 0
    while s:PreviewText() !~# '404' && s:tries < 10
        ALEHover
        call s:Wait('s:PreviewText() =~# "404"', 1500)
        let s:tries += 1
    endwhile
    let s:res.hover = s:PreviewText()
catch
    let s:res.error = v:exception . ' at ' . v:throwpoint
endtry
call s:Finish()
