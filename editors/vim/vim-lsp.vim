" httpstatus-lsp for vim-lsp (https://github.com/prabirshrestha/vim-lsp).
" Source this from your vimrc after vim-lsp is loaded.
if executable('httpstatus-lsp')
    augroup httpstatus_lsp
        autocmd!
        autocmd User lsp_setup call lsp#register_server({
        \   'name': 'httpstatus',
        \   'cmd': {server_info -> ['httpstatus-lsp', '--stdio']},
        \   'root_uri': {server_info -> lsp#utils#path_to_uri(
        \       lsp#utils#find_nearest_parent_file_directory(lsp#utils#get_buffer_path(),
        \           ['.httpstatus.toml', 'go.mod', 'package.json', '.git/']))},
        \   'initialization_options': {'hints': v:true},
        \   'workspace_config': {'httpstatus': {'style': 'any'}},
        \   'allowlist': ['go', 'javascript', 'typescript', 'javascriptreact',
        \       'typescriptreact', 'python', 'java', 'kotlin', 'cs', 'rust',
        \       'ruby', 'php', 'yaml', 'json', 'http', 'markdown'],
        \})
    augroup END
endif
