-- Drives Neovim's built-in LSP client (Debian's neovim 0.7.2) against the Leakproof server, headless:
-- a real third-party client with its own capabilities (no workspace/configuration, no
-- documentChanges, codeAction/resolve for `edit`).
-- Usage: LS_CMD='node dist/server.js --stdio' FIX_TITLE='Allow' \
--   nvim --headless -u NONE -i NONE -n FILE -c 'luafile test/e2e/nvim-lsp-check.lua'
-- Prints DIAG / HOVER / ACTION lines; exits 0 when a diagnostic arrived, hover explained it, the
-- action whose title contains FIX_TITLE was applied (resolving it and running its command when it
-- has one) and the diagnostic went away; exits 1 otherwise (no diagnostics, no such action …).
-- Optional: WAIT_FOR (plain text a diagnostic's message must contain first: advice git gives after
-- the first diagnostics), HOVER_EXPECT (plain text the hover must contain; default 'What it
-- grants'), NO_FIX=1 (stop after the hover).
local function out(s) io.stdout:write(s .. '\n') end
local function fail(msg) out('FAIL: ' .. msg); vim.cmd('cquit 1') end

local cmd = vim.split(vim.env.LS_CMD or 'node dist/server.js --stdio', ' ', { trimempty = true })
local bufnr = vim.api.nvim_get_current_buf()
-- vim.lsp.start exists only from 0.8: use start_client + buf_attach_client.
local client_id = vim.lsp.start_client({ name = 'leakproof', cmd = cmd, root_dir = vim.fn.getcwd() })
if not client_id then return fail('start_client returned nil') end
vim.lsp.buf_attach_client(bufnr, client_id)
local client = vim.lsp.get_client_by_id(client_id)

local wait_ms = tonumber(vim.env.WAIT_MS or '15000')
if not vim.wait(wait_ms, function() return #vim.diagnostic.get(bufnr) > 0 end, 50) then
  return fail('no diagnostics within ' .. wait_ms .. ' ms')
end
local wait_for = vim.env.WAIT_FOR
if wait_for and wait_for ~= '' then
  local function arrived()
    for _, diag in ipairs(vim.diagnostic.get(bufnr)) do
      if diag.message:find(wait_for, 1, true) then return true end
    end
    return false
  end
  if not vim.wait(wait_ms, arrived, 50) then return fail('no diagnostic saying "' .. wait_for .. '" within ' .. wait_ms .. ' ms') end
end
local diags = vim.diagnostic.get(bufnr)
for _, d in ipairs(diags) do
  out(string.format('DIAG %d:%d-%d severity=%d %s', d.lnum + 1, d.col, d.end_col, d.severity, d.message))
end
local d = diags[1]

local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  position = { line = d.lnum, character = d.col + 1 },
}, 5000)
local hover_text
for _, res in pairs(hover or {}) do
  if res.result and res.result.contents then hover_text = res.result.contents.value end
end
local hover_expect = vim.env.HOVER_EXPECT or 'What it grants'
if not hover_text or not hover_text:find(hover_expect, 1, true) then return fail('no hover saying "' .. hover_expect .. '"') end
for _, line in ipairs(vim.split(hover_text, '\n')) do
  if line ~= '' then out('HOVER ' .. line) end
end
if vim.env.NO_FIX == '1' then
  vim.lsp.stop_client(client_id)
  out('OK')
  return vim.cmd('qall!')
end

local params = {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, d.lnum) },
}
local results = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 5000)
if not results then return fail('codeAction request failed') end
local chosen
for _, res in pairs(results) do
  if res.error then return fail('codeAction error: ' .. vim.inspect(res.error)) end
  for _, action in ipairs(res.result or {}) do
    out('ACTION ' .. action.title)
    if not chosen and (vim.env.FIX_TITLE == nil or action.title:find(vim.env.FIX_TITLE, 1, true)) then
      chosen = action
    end
  end
end
if not chosen then return fail('no code action matching ' .. tostring(vim.env.FIX_TITLE)) end

-- As Neovim's own code_action() does: resolve an action that has neither edit nor command.
if not chosen.edit and not chosen.command then
  local resolved = client.request_sync('codeAction/resolve', chosen, 5000, bufnr)
  if not resolved or resolved.err or not resolved.result then return fail('codeAction/resolve failed') end
  chosen = resolved.result
end
if chosen.edit then vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16') end
if chosen.command then
  local command = chosen.command
  local done = client.request_sync('workspace/executeCommand', { command = command.command, arguments = command.arguments }, 5000, bufnr)
  if not done or done.err then return fail('executeCommand failed: ' .. vim.inspect(done)) end
end
out('LINE AFTER FIX: ' .. (vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1] or ''))
if not vim.wait(5000, function() return #vim.diagnostic.get(bufnr) < #diags end, 50) then
  return fail('diagnostic still present after the fix')
end
vim.lsp.stop_client(client_id)
out('OK')
vim.cmd('qall!')
