-- :checkhealth httpstatus
local M = {}

local health = vim.health or require('health')
local start = health.start or health.report_start
local ok = health.ok or health.report_ok
local info = health.info or health.report_info
local warn = health.warn or health.report_warn
local report_error = health.error or health.report_error

function M.check()
  start('httpstatus-lsp')

  local hs = require('httpstatus')
  local cmd = hs.options.cmd or hs.defaults().cmd
  local exe = cmd[1]
  if type(exe) ~= 'string' or exe == '' then
    report_error('no server command configured (setup({ cmd = { ... } }))')
    return
  end

  if vim.fn.executable(exe) ~= 1 then
    report_error(('server binary not found: %s'):format(exe), {
      'Install it with `go install` or download a release, then put it on PATH,',
      "or pass its full path: require('httpstatus').setup({ cmd = { '/path/to/httpstatus-lsp', '--stdio' } })",
    })
    return
  end
  local path = vim.fn.exepath(exe)
  if path == '' then
    path = exe
  end
  ok(('server binary found: %s'):format(path))

  local out = vim.fn.system({ path, '--version' })
  if vim.v.shell_error ~= 0 then
    report_error(('`%s --version` failed (exit %d): %s'):format(path, vim.v.shell_error, vim.trim(out)))
  else
    ok(('version: %s'):format(vim.trim(out)))
  end

  info(('filetypes: %s'):format(table.concat(hs.options.filetypes or {}, ', ')))

  local running = 0
  local clients = (vim.lsp.get_clients and vim.lsp.get_clients({ name = hs.name }))
    or vim.lsp.get_active_clients()
  for _, client in ipairs(clients) do
    if client.name == hs.name then
      running = running + 1
      info(('client %d running, root %s'):format(client.id, tostring(client.config.root_dir)))
    end
  end
  if running == 0 then
    info('no httpstatus client is running (open a file of a supported filetype)')
  end
end

return M
