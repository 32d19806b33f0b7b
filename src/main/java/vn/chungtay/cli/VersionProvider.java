package vn.chungtay.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the pom's version), or "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ChungTayCommand.class.getPackage().getImplementationVersion();
        return new String[] {"ChungTay " + (version == null ? "dev" : version)};
    }
}
