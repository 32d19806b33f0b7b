package vn.chungtay.domain.household;

/** A member's relationship to the head of the household, as the review forms ask for it. */
public enum Relationship {
    HEAD("member.relationship.head"),
    SPOUSE("member.relationship.spouse"),
    CHILD("member.relationship.child"),
    CHILD_IN_LAW("member.relationship.child-in-law"),
    GRANDCHILD("member.relationship.grandchild"),
    PARENT("member.relationship.parent"),
    GRANDPARENT("member.relationship.grandparent"),
    SIBLING("member.relationship.sibling"),
    OTHER("member.relationship.other");

    private final String messageKey;

    Relationship(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
