package app.masa.edit;

import app.masa.model.JourneyFile;

/** What one command changed in the document, with enough kept to change it back exactly. */
interface Delta {
    Delta NONE = new Delta() {
        @Override
        public JourneyFile apply(JourneyFile document) {
            return document;
        }

        @Override
        public JourneyFile revert(JourneyFile document) {
            return document;
        }

        @Override
        public long estimatedBytes() {
            return 0;
        }
    };

    JourneyFile apply(JourneyFile document);

    JourneyFile revert(JourneyFile document);

    long estimatedBytes();
}
