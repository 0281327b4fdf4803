package app.masa.cli;

import app.masa.i18n.Messages;
import app.masa.product.Version;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {Messages.get("app.name") + " " + Version.current()};
    }
}
