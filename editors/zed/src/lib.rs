// Zed extension that starts httpstatus-lsp (found on PATH, or named by the
// `lsp.httpstatus-lsp.binary.path` setting) for the languages listed in
// extension.toml.
use zed_extension_api::{self as zed, settings::LspSettings, LanguageServerId, Result};

struct HttpStatusExtension;

impl zed::Extension for HttpStatusExtension {
    fn new() -> Self {
        HttpStatusExtension
    }

    fn language_server_command(
        &mut self,
        _id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let binary = LspSettings::for_worktree("httpstatus-lsp", worktree)
            .ok()
            .and_then(|s| s.binary);
        let configured = binary.as_ref().and_then(|b| b.path.clone());
        let command = match configured.or_else(|| worktree.which("httpstatus-lsp")) {
            Some(path) => path,
            None => return Err("httpstatus-lsp was not found on PATH; set lsp.httpstatus-lsp.binary.path".into()),
        };
        let args = binary
            .and_then(|b| b.arguments)
            .unwrap_or_else(|| vec!["--stdio".to_string()]);
        Ok(zed::Command {
            command,
            args,
            env: Default::default(),
        })
    }

    fn language_server_initialization_options(
        &mut self,
        _id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<zed::serde_json::Value>> {
        Ok(LspSettings::for_worktree("httpstatus-lsp", worktree)
            .ok()
            .and_then(|s| s.initialization_options))
    }

    fn language_server_workspace_configuration(
        &mut self,
        _id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<zed::serde_json::Value>> {
        let settings = LspSettings::for_worktree("httpstatus-lsp", worktree)
            .ok()
            .and_then(|s| s.settings)
            .unwrap_or_default();
        Ok(Some(zed::serde_json::json!({ "httpstatus": settings })))
    }
}

zed::register_extension!(HttpStatusExtension);
